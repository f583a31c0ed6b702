using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ValueFirst.Core.Content;

/// <summary>
/// Renders a draft's Markdown to HTML for the preview page so that nothing in the draft can run:
/// raw HTML is escaped (<c>DisableHtml</c>), links and images to <c>javascript:</c>, <c>data:</c> and other
/// non-web schemes are neutralised, and generic attributes (<c>{onclick=...}</c>) are not parsed at all.
/// </summary>
public static class DraftPreviewRenderer
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    public static string ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown.TrimStart('\uFEFF'), Pipeline);
        }
        catch (ArgumentException e) when (DraftParser.IsNestingLimit(e))
        {
            return $"<p class=\"text-danger\">No preview: {System.Net.WebUtility.HtmlEncode(DraftParser.TooDeeplyNested)}.</p>";
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.Url = "#";
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.Url = "#";
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>True for relative URLs and http(s), mailto and tel; browsers ignore whitespace and control characters inside a scheme, so they are ignored here too.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var compact = new string(url.Where(c => c > ' ').ToArray());
        var colon = compact.IndexOf(':');
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        {
            return true;
        }

        var scheme = compact[..colon];
        return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions().UseYamlFrontMatter().DisableHtml();
        builder.Extensions.RemoveAll(e => e is GenericAttributesExtension);
        return builder.Build();
    }
}
