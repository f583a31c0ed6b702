using ValueFirst.Core.Content;
using static ValueFirst.Core.Tests.Content.DraftText;

namespace ValueFirst.Core.Tests.Content;

public sealed class DraftParserTests
{
    private static DraftParseResult Parse(string text) => DraftParser.Parse("articles/post.md", text);

    private static ContentItem ParseItem(string text)
    {
        var result = Parse(text);
        Assert.DoesNotContain(result.Problems, p => p.Severity == ProblemSeverity.Error);
        return Assert.IsType<ContentItem>(result.Item);
    }

    [Fact]
    public void Reads_every_known_key()
    {
        var item = ParseItem(FrontMatter(
            "title: Give first",
            "kind: share",
            "status: published",
            "date: 2026-12-08",
            "tags: [referrals, sales]",
            "summary: Why giving works",
            "url: https://example.com/a"));

        Assert.Equal("Give first", item.Title);
        Assert.Equal(ContentKind.Share, item.Kind);
        Assert.Equal(ContentStatus.Published, item.Status);
        Assert.Equal(new DateOnly(2026, 12, 8), item.Date);
        Assert.Equal(["referrals", "sales"], item.Tags);
        Assert.Equal("Why giving works", item.Summary);
        Assert.Equal("https://example.com/a", item.Url);
    }

    [Fact]
    public void Kind_defaults_to_article_and_status_to_draft()
    {
        var item = ParseItem(FrontMatter("title: T"));

        Assert.Equal(ContentKind.Article, item.Kind);
        Assert.Equal(ContentStatus.Draft, item.Status);
        Assert.Null(item.Date);
    }

    [Fact]
    public void Hugo_draft_flag_without_status_means_draft()
    {
        var item = ParseItem(FrontMatter("title: T", "draft: true", "date: 2026-12-08T09:30:00+01:00"));

        Assert.Equal(ContentStatus.Draft, item.Status);
        Assert.Equal("true", item.Extra["draft"]);
    }

    [Theory]
    [InlineData("2026-12-08", "2026-12-08")]
    [InlineData("2026-12-08T09:30:00Z", "2026-12-08")]
    [InlineData("2026-12-08T23:30:00-05:00", "2026-12-08")]
    [InlineData("2026-12-08 10:00:00", "2026-12-08")]
    public void Accepts_date_only_and_iso_date_times_taking_the_date_as_written(string written, string expected)
    {
        var item = ParseItem(FrontMatter("title: T", $"date: {written}"));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), item.Date);
    }

    [Fact]
    public void Unknown_keys_are_kept_and_do_not_fail()
    {
        var item = ParseItem(FrontMatter("title: T", "author: Ada", "weight: 10"));

        Assert.Equal("Ada", item.Extra["author"]);
        Assert.Equal("10", item.Extra["weight"]);
    }

    [Fact]
    public void Crlf_file_with_bom_parses_like_lf()
    {
        var text = FrontMatter("title: Windows", "status: ready", "date: 2027-01-12", "tags:", "  - a", "  - b");

        var lf = ParseItem(text);
        var crlf = ParseItem(WithBom(Crlf(text)));

        Assert.Equal(lf.Title, crlf.Title);
        Assert.Equal(lf.Status, crlf.Status);
        Assert.Equal(lf.Date, crlf.Date);
        Assert.Equal(lf.Tags, crlf.Tags);
    }

    [Fact]
    public void Missing_title_falls_back_to_first_heading_with_a_warning()
    {
        var result = Parse(Lines("---", "status: idea", "---", "", "Intro", "", "# The *real* title", "", "## Not this"));

        Assert.Equal("The real title", result.Item!.Title);
        var warning = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal(7, warning.Line);
    }

    [Fact]
    public void File_without_front_matter_uses_its_heading()
    {
        var result = Parse(Lines("# Just a heading", "", "text"));

        Assert.Equal("Just a heading", result.Item!.Title);
        Assert.Equal(ContentStatus.Draft, result.Item.Status);
    }

    [Fact]
    public void No_title_and_no_heading_is_an_error()
    {
        var result = Parse(FrontMatter("status: idea"));

        Assert.Null(result.Item);
        Assert.Contains(result.Problems, p => p.Severity == ProblemSeverity.Error && p.Message.Contains("title"));
    }

    [Fact]
    public void Unclosed_front_matter_is_reported_on_line_one()
    {
        var result = Parse(Lines("---", "title: Never closed", "status: draft", "", "# Body"));

        Assert.Null(result.Item);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("not closed", problem.Message);
    }

    [Fact]
    public void Invalid_yaml_is_reported_at_its_line()
    {
        var result = Parse(Lines("---", "title: ok", "status: draft", "summary: \"never closed", "---", "body"));

        Assert.Null(result.Item);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("invalid YAML", problem.Message);
        Assert.InRange(problem.Line, 4, 5);
    }

    [Theory]
    [InlineData("tags: [a, b")]
    [InlineData("title: a\ntitle: b")]
    [InlineData("- just\n- a list")]
    public void Malformed_yaml_lists_duplicate_keys_and_non_mappings_are_errors_within_the_front_matter(string yaml)
    {
        var result = Parse(FrontMatter([.. yaml.Split("\n")]));

        Assert.Null(result.Item);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.InRange(problem.Line, 2, 4);
    }

    [Fact]
    public void A_key_given_twice_is_reported_at_the_second_one()
    {
        var result = Parse(FrontMatter("title: First", "status: draft", "title: Second"));

        Assert.Null(result.Item);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Contains("'title' is given twice", problem.Message);
    }

    [Fact]
    public void A_key_given_twice_inside_a_nested_map_is_an_error_too()
    {
        var result = Parse(FrontMatter("title: T", "author:", "  name: Ada", "  name: Grace"));

        Assert.Null(result.Item);
        Assert.Equal(5, Assert.Single(result.Problems).Line);
    }

    [Fact]
    public void Aliases_take_the_value_of_their_anchor()
    {
        var item = ParseItem(FrontMatter("title: &name Give first", "summary: *name", "topics: &topics [sales, referrals]", "tags: *topics"));

        Assert.Equal("Give first", item.Summary);
        Assert.Equal(["sales", "referrals"], item.Tags);
    }

    [Fact]
    public void An_alias_without_an_anchor_is_reported_at_its_line()
    {
        var result = Parse(FrontMatter("title: T", "summary: *missing"));

        Assert.Null(result.Item);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("*missing", problem.Message);
    }

    [Fact]
    public void Unknown_lists_and_maps_are_kept_as_short_text()
    {
        var item = ParseItem(FrontMatter("title: T", "author:", "  name: Ada", "  links: [a, b]", "aliases: [x, y]"));

        Assert.Equal("{name: Ada, links: [a, b]}", item.Extra["author"]);
        Assert.Equal("[x, y]", item.Extra["aliases"]);
    }

    [Fact]
    public void A_date_that_is_a_list_is_a_bad_date()
    {
        var result = Parse(FrontMatter("title: T", "date: [2026-12-08]"));

        Assert.Null(result.Item);
        Assert.Contains("bad date", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Comment_only_front_matter_is_empty_not_an_error()
    {
        var item = ParseItem(Lines("---", "# nothing yet", "---", "", "# Heading title"));

        Assert.Equal("Heading title", item.Title);
    }

    [Fact]
    public void Bad_date_is_reported_at_the_date_line()
    {
        var result = Parse(FrontMatter("title: T", "status: draft", "date: next tuesday"));

        Assert.Null(result.Item);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Contains("bad date", problem.Message);
    }

    [Fact]
    public void Ambiguous_slash_date_is_refused()
    {
        Assert.Null(DraftParser.ParseDate("12/08/2026"));
        Assert.Null(DraftParser.ParseDate("2026-13-01"));
    }

    [Fact]
    public void Unknown_kind_is_reported_at_its_line()
    {
        var result = Parse(FrontMatter("title: T", "kind: podcast"));

        Assert.Null(result.Item);
        Assert.Equal(3, Assert.Single(result.Problems).Line);
    }

    [Fact]
    public void Unknown_status_is_reported_at_its_line()
    {
        var result = Parse(Crlf(FrontMatter("title: T", "status: finished")));

        Assert.Null(result.Item);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("finished", problem.Message);
    }

    [Fact]
    public void Numeric_status_is_not_taken_as_an_enum_value()
    {
        var result = Parse(FrontMatter("title: T", "status: 2"));

        Assert.Null(result.Item);
    }

    [Fact]
    public void Share_without_url_is_a_warning_not_an_error()
    {
        var result = Parse(FrontMatter("title: T", "kind: share"));

        Assert.NotNull(result.Item);
        Assert.Equal(ProblemSeverity.Warning, Assert.Single(result.Problems).Severity);
    }

    [Fact]
    public void Problem_prints_as_path_line_message()
    {
        Assert.Equal("a/b.md:3: bad date", new ContentProblem("a/b.md", 3, "bad date").ToString());
    }
}
