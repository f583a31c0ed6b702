using ValueFirst.Core.Content;
using static ValueFirst.Core.Tests.Content.DraftText;

namespace ValueFirst.Core.Tests.Content;

public sealed class FrontMatterDateWriterTests
{
    private static readonly DateOnly Date = new(2026, 12, 8);

    [Fact]
    public void Adds_a_date_line_before_the_closing_fence_and_changes_nothing_else()
    {
        var text = Lines("---", "title: T", "# a comment", "tags: [x]", "---", "", "Body  ", "last");

        var updated = FrontMatterDateWriter.SetDate(text, Date);

        Assert.Equal(Lines("---", "title: T", "# a comment", "tags: [x]", "date: 2026-12-08", "---", "", "Body  ", "last"), updated);
    }

    [Fact]
    public void Replaces_an_existing_date_in_place()
    {
        var text = Lines("---", "date: 2026-01-01T10:00:00Z", "title: T", "---", "body");

        Assert.Equal(Lines("---", "date: 2026-12-08", "title: T", "---", "body"), FrontMatterDateWriter.SetDate(text, Date));
    }

    [Fact]
    public void Keeps_crlf_and_bom()
    {
        var text = WithBom(Crlf(Lines("---", "title: T", "---", "body")));

        var updated = FrontMatterDateWriter.SetDate(text, Date);

        Assert.Equal(WithBom(Crlf(Lines("---", "title: T", "date: 2026-12-08", "---", "body"))), updated);
    }

    [Fact]
    public void Nested_date_keys_are_left_alone()
    {
        var text = Lines("---", "title: T", "event:", "  date: 2020-01-01", "---", "body");

        Assert.Equal(Lines("---", "title: T", "event:", "  date: 2020-01-01", "date: 2026-12-08", "---", "body"), FrontMatterDateWriter.SetDate(text, Date));
    }

    [Fact]
    public void File_without_front_matter_gets_one()
    {
        var updated = FrontMatterDateWriter.SetDate(Lines("# Title", "body"), Date);

        Assert.Equal(Lines("---", "date: 2026-12-08", "---", "# Title", "body"), updated);
        Assert.Equal(Date, DraftParser.Parse("x.md", updated).Item!.Date);
    }

    [Fact]
    public void Written_file_parses_to_the_accepted_date()
    {
        var updated = FrontMatterDateWriter.SetDate(Crlf(FrontMatter("title: T", "status: ready")), Date);

        Assert.Equal(Date, DraftParser.Parse("x.md", updated).Item!.Date);
    }

    [Fact]
    public void Unclosed_front_matter_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => FrontMatterDateWriter.SetDate(Lines("---", "title: T"), Date));
    }
}
