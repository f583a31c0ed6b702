using ValueFirst.Core.Content;
using static ValueFirst.Core.Tests.Content.DraftText;

namespace ValueFirst.Core.Tests.Content;

public sealed class DraftPreviewRendererTests
{
    [Fact]
    public void Raw_html_is_escaped_not_emitted()
    {
        var html = DraftPreviewRenderer.ToHtml(Lines("# Hi", "", "<script>alert(1)</script>", "", "text <img src=x onerror=alert(1)>"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![img](javascript:alert(1))")]
    [InlineData("[click][ref]\n\n[ref]: javascript:alert(1)")]
    public void Script_links_are_neutralised(string markdown)
    {
        var html = DraftPreviewRenderer.ToHtml(markdown);

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Generic_attributes_cannot_add_event_handlers()
    {
        var html = DraftPreviewRenderer.ToHtml("[link](https://example.com){onclick=\"alert(1)\"}");

        Assert.DoesNotContain("onclick=\"", html);
    }

    [Fact]
    public void Web_links_tables_and_front_matter_render_as_expected()
    {
        var html = DraftPreviewRenderer.ToHtml(FrontMatter("title: Hidden front matter") + Lines("", "[site](https://example.com/a)", "", "| a | b |", "|---|---|", "| 1 | 2 |"));

        Assert.Contains("href=\"https://example.com/a\"", html);
        Assert.Contains("<table", html);
        Assert.DoesNotContain("Hidden front matter", html);
    }
}
