using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ValueFirst.Core.Content;

/// <summary>
/// Builds a LinkedIn post from a draft, the same way every time (no AI): a hook from the title (and the summary when
/// both fit) before the "…see more" fold, the article's key points from its headings (or its opening paragraph when
/// it has none), the link or a "link in the first comment" line, and hashtags from its tags. Key points are dropped
/// from the end until the post fits LinkedIn's 3,000 characters, counted as <see cref="LinkedInText"/> counts.
/// </summary>
public static class LinkedInPostBuilder
{
    /// <summary>LinkedIn's own advice is three to five hashtags.</summary>
    public const int MaxHashtags = 5;

    /// <summary>A list longer than this reads like a table of contents.</summary>
    public const int MaxKeyPoints = 10;

    /// <summary>A key point longer than this is shortened; so is a summary after the hook, past <see cref="MaxSummaryLength"/>.</summary>
    public const int MaxKeyPointLength = 200;

    public const int MaxSummaryLength = 700;

    private const int MaxTeaserLength = 400;
    private const int MaxHashtagLength = 60;
    private const string Paragraph = "\n\n";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <param name="item">The draft's front matter.</param>
    /// <param name="markdown">The draft's text (front matter included or not).</param>
    public static LinkedInPost Build(ContentItem item, string markdown, LinkPlacement link = LinkPlacement.InPost)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(markdown);
        var title = OneLine(item.Title);
        var summary = string.IsNullOrWhiteSpace(item.Summary) ? null : OneLine(item.Summary);

        // The hook is the title with the summary when both fit before the fold; otherwise the title, and the summary
        // opens the text after the fold.
        string hook;
        if (summary is not null && LinkedInText.Count(title + Paragraph + summary) <= LinkedInText.Fold)
        {
            hook = title + Paragraph + summary;
            summary = null;
        }
        else
        {
            hook = LinkedInText.Shorten(title, LinkedInText.Fold);
            summary = summary is null ? null : LinkedInText.Shorten(summary, MaxSummaryLength);
        }

        var document = ParseBody(markdown);
        var points = KeyPoints(document, title);
        var teaser = points.Count == 0 ? Teaser(document) : null;
        var url = Uri.TryCreate(item.Url?.Trim(), UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" ? item.Url!.Trim() : null;
        var hashtags = Hashtags(item.Tags);
        var pointsHeading = item.Kind == ContentKind.Share ? "What stood out:" : "In the article:";

        var keep = points.Count;
        var placement = link;
        while (true)
        {
            var text = Compose(hook, summary, teaser, pointsHeading, points.Take(keep).ToList(), url, placement, hashtags);
            if (LinkedInText.Count(text) <= LinkedInText.MaxLength)
            {
                return new LinkedInPost(text, placement == LinkPlacement.FirstComment ? url : null, hook, hashtags, points.Take(keep).ToList(), points.Count - keep);
            }

            // Drop what matters least first: the last key point, then the teaser and summary, then a link too long
            // for the post goes to the first comment.
            if (keep > 0)
            {
                keep--;
            }
            else if (teaser is not null)
            {
                teaser = null;
            }
            else if (summary is not null)
            {
                summary = null;
            }
            else if (placement == LinkPlacement.InPost && url is not null)
            {
                placement = LinkPlacement.FirstComment;
            }
            else
            {
                var cut = LinkedInText.Shorten(text, LinkedInText.MaxLength);
                return new LinkedInPost(cut, placement == LinkPlacement.FirstComment ? url : null, hook, hashtags, [], points.Count);
            }
        }
    }

    /// <summary>
    /// The hashtags for a draft's tags: each word of a tag joined (<c>thought-leadership</c> becomes
    /// <c>#ThoughtLeadership</c>, since LinkedIn ends a hashtag at a hyphen or space), a one-word tag as written,
    /// accented letters kept, repeats (in any case) dropped, at most <see cref="MaxHashtags"/>.
    /// </summary>
    public static IReadOnlyList<string> Hashtags(IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var tag in tags)
        {
            var words = Words(LinkedInText.Normalise(tag));
            if (words.Count == 0)
            {
                continue;
            }

            var name = words.Count == 1 ? words[0] : string.Concat(words.Select(Capitalised));
            var hashtag = "#" + name;
            if (hashtag.Length <= MaxHashtagLength && seen.Add(name))
            {
                result.Add(hashtag);
            }

            if (result.Count == MaxHashtags)
            {
                break;
            }
        }

        return result;
    }

    private static string Compose(string hook, string? summary, string? teaser, string pointsHeading, IReadOnlyList<string> points, string? url, LinkPlacement placement, IReadOnlyList<string> hashtags)
    {
        var parts = new List<string> { hook };
        if (summary is not null)
        {
            parts.Add(summary);
        }

        if (points.Count > 0)
        {
            parts.Add(pointsHeading + "\n" + string.Join("\n", points.Select(p => "→ " + p)));
        }
        else if (teaser is not null)
        {
            parts.Add(teaser);
        }

        if (url is not null)
        {
            parts.Add(placement == LinkPlacement.InPost ? $"Read it here: {url}" : "Link in the first comment.");
        }

        if (hashtags.Count > 0)
        {
            parts.Add(string.Join(" ", hashtags));
        }

        return LinkedInText.Normalise(string.Join(Paragraph, parts));
    }

    private static MarkdownDocument ParseBody(string markdown)
    {
        try
        {
            return Markdown.Parse(markdown.TrimStart('\uFEFF'), Pipeline);
        }
        catch (ArgumentException e) when (DraftParser.IsNestingLimit(e))
        {
            return new MarkdownDocument();
        }
    }

    // Second-level headings, or third-level ones when there are none; the title repeated as a heading is left out.
    private static List<string> KeyPoints(MarkdownDocument document, string title)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        var level = headings.Any(h => h.Level == 2) ? 2 : 3;
        return headings
            .Where(h => h.Level == level)
            .Select(h => OneLine(InlineText(h.Inline)))
            .Where(t => t.Length > 0 && !string.Equals(t, title, StringComparison.OrdinalIgnoreCase))
            .Select(t => LinkedInText.Shorten(t, MaxKeyPointLength))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxKeyPoints)
            .ToList();
    }

    private static string? Teaser(MarkdownDocument document)
    {
        var paragraph = document.Descendants<ParagraphBlock>().Select(p => OneLine(InlineText(p.Inline))).FirstOrDefault(t => t.Length > 0);
        return paragraph is null ? null : LinkedInText.Shorten(paragraph, MaxTeaserLength);
    }

    private static List<string> Words(string tag)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in tag.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                word.Append(rune.ToString());
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static string Capitalised(string word)
    {
        var first = word.EnumerateRunes().First();
        return Rune.ToUpperInvariant(first).ToString() + word[first.Utf16SequenceLength..];
    }

    private static string OneLine(string text) =>
        LinkedInText.Normalise(string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)));

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var child in inline.Descendants())
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();
    }
}
