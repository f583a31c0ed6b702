using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Content;

[Trait(BothProviders.Trait, BothProviders.Value)]
public sealed class DashboardCardTests : IDisposable
{
    private readonly TestApp app = new();

    [Fact]
    public async Task Dashboard_names_the_next_unpublished_article_and_the_quarters_state()
    {
        var next = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40);
        File.WriteAllText(Path.Combine(app.ContentFolder, "next.md"),
            $"---\ntitle: The referral habit\nstatus: draft\ndate: {next:yyyy-MM-dd}\n---\n# The referral habit\n");
        File.WriteAllText(Path.Combine(app.ContentFolder, "old.md"),
            "---\ntitle: Long published\nstatus: published\ndate: 2020-01-07\n---\nOld.\n");
        var client = await AccountSession.RegisterAndSignInAsync(app, "dashboard@example.com");

        var html = await client.GetStringAsync("/");

        Assert.Contains("The referral habit", html);
        Assert.Contains(next.ToString("ddd d MMM yyyy"), html);
        Assert.DoesNotContain("Long published", html);
        Assert.Matches(@"\d{4}-Q\d: <span class=""badge [^""]+"">(met|planned|at-risk|open)</span>", html);
    }

    [Fact]
    public async Task Dashboard_says_what_to_do_when_nothing_is_planned_ahead()
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, "empty-calendar@example.com");

        var html = await client.GetStringAsync("/");

        Assert.Contains("Nothing planned ahead.", html);
        Assert.Contains("href=\"calendar/new\"", html);
    }

    public void Dispose() => app.Dispose();
}
