using System.Text.Json;

namespace ValueFirst.Cli.Tests;

public sealed class PlanCommandTests : IDisposable
{
    private readonly DraftFolder folder = new();

    private JsonElement PlanJson(params string[] extra)
    {
        var result = CommandResult.Run(["plan", "--content", folder.Root, "--json", .. extra]);
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Output).RootElement;
    }

    [Fact]
    public void Json_has_months_quarters_and_problems_in_the_documented_shape()
    {
        folder.Draft("articles/own.md", "title: Own piece", "status: published", "date: 2026-10-13")
            .Draft("shares/share.md", "title: A share", "kind: share", "status: ready", "date: 2026-11-17", "url: https://example.com")
            .Draft("articles/undated.md", "title: Undated", "status: ready")
            .Draft("broken.md", "status: nope");

        var json = PlanJson("--from", "2026-11-05", "--months", "6");

        var months = json.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(["2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03"], months.Select(m => m.GetProperty("month").GetString()));
        Assert.Equal(["own", "shared", "gap", "gap", "gap", "gap"], months.Select(m => m.GetProperty("state").GetString()));

        var own = Assert.Single(months[0].GetProperty("items").EnumerateArray());
        Assert.Equal(["path", "title", "kind", "status", "date", "suggested"], own.EnumerateObject().Select(p => p.Name));
        Assert.Equal("articles/own.md", own.GetProperty("path").GetString());
        Assert.Equal("article", own.GetProperty("kind").GetString());
        Assert.Equal("published", own.GetProperty("status").GetString());
        Assert.Equal("2026-10-13", own.GetProperty("date").GetString());
        Assert.False(own.GetProperty("suggested").GetBoolean());

        var suggestion = Assert.Single(months[2].GetProperty("items").EnumerateArray());
        Assert.Equal("articles/undated.md", suggestion.GetProperty("path").GetString());
        Assert.Equal("2026-12-01", suggestion.GetProperty("date").GetString());
        Assert.True(suggestion.GetProperty("suggested").GetBoolean());

        var quarters = json.GetProperty("quarters").EnumerateArray().ToList();
        Assert.Equal(["2026-Q4", "2027-Q1"], quarters.Select(q => q.GetProperty("quarter").GetString()));
        Assert.Equal(["met", "open"], quarters.Select(q => q.GetProperty("state").GetString()));

        var problem = Assert.Single(json.GetProperty("problems").EnumerateArray());
        Assert.Equal("broken.md", problem.GetProperty("path").GetString());
        Assert.Equal(3, problem.GetProperty("line").GetInt32());
        Assert.Contains("nope", problem.GetProperty("message").GetString());
    }

    [Fact]
    public void From_stands_in_for_today()
    {
        folder.Draft("a.md", "status: draft");

        var json = PlanJson("--from", "2027-05-20", "--weekday", "Friday");

        var first = json.GetProperty("months")[0];
        Assert.Equal("2027-04", first.GetProperty("month").GetString());
        var suggested = json.GetProperty("months").EnumerateArray()
            .SelectMany(m => m.GetProperty("items").EnumerateArray())
            .Single(i => i.GetProperty("suggested").GetBoolean());
        Assert.Equal("2027-05-21", suggested.GetProperty("date").GetString());
    }

    [Fact]
    public void Without_from_the_clock_gives_today()
    {
        var json = PlanJson();

        Assert.Equal("2026-10", json.GetProperty("months")[0].GetProperty("month").GetString());
        Assert.Equal("open", json.GetProperty("quarters")[0].GetProperty("state").GetString());
    }

    [Fact]
    public void Text_plan_says_where_no_draft_is_left()
    {
        folder.Draft("a.md", "status: ready");

        var result = CommandResult.Run("plan", "--content", folder.Root, "--from", "2026-11-05", "--months", "3");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2026-11  gap", result.Output);
        Assert.Contains("(suggested)", result.Output);
        Assert.Contains("no draft left: write one or share a recommended article", result.Output);
    }

    [Fact]
    public void Bad_from_date_is_refused_with_exit_two()
    {
        var result = CommandResult.Run("plan", "--content", folder.Root, "--from", "05/11/2026");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--from", result.Error);
    }

    public void Dispose() => folder.Dispose();
}
