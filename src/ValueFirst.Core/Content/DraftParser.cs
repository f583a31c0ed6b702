using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;

namespace ValueFirst.Core.Content;

/// <summary>
/// Turns one Markdown file's text into a <see cref="ContentItem"/> and the problems a writer must fix.
/// Front matter is found by Markdig's YAML front matter extension (as Hugo and Jekyll write it) and read by
/// <see cref="FrontMatterYaml"/>, so line numbers in problems point at the offending key. Each file is parsed
/// once and never rendered: the calendar needs only the front matter and the first heading.
/// </summary>
public static class DraftParser
{
    // Only the front matter extension: planning never needs the advanced extensions or HTML.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    private const string DateOnlyFormat = "yyyy-MM-dd";

    /// <summary>
    /// Deepest list/map nesting accepted in front matter. Real front matter nests two or three levels;
    /// thousands of levels are a hostile or broken file.
    /// </summary>
    public const int MaxYamlDepth = 32;

    /// <summary>Parses <paramref name="text"/> (CRLF or LF, with or without a UTF-8 BOM).</summary>
    /// <param name="path">Path relative to the content folder, used in problems and as the item's identity.</param>
    public static DraftParseResult Parse(string path, string text, DateTime lastModifiedUtc = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var problems = new List<ContentProblem>();
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException e) when (IsNestingLimit(e))
        {
            problems.Add(new(path, 1, TooDeeplyNested));
            return new(null, problems);
        }

        var frontMatter = document.Count > 0 ? document[0] as YamlFrontMatterBlock : null;

        if (frontMatter is null && StartsWithFence(text))
        {
            problems.Add(new(path, 1, "front matter is not closed: add a line with --- after the last key"));
            return new(null, problems);
        }

        var fields = new Fields();
        if (frontMatter is not null)
        {
            ReadFrontMatter(path, frontMatter, fields, problems);
        }

        if (problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return new(null, problems);
        }

        var title = fields.Title;
        if (string.IsNullOrWhiteSpace(title))
        {
            var heading = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
            title = heading is null ? null : InlineText(heading.Inline);
            if (string.IsNullOrWhiteSpace(title))
            {
                problems.Add(new(path, fields.TitleLine ?? 1, "no title: add a title key to the front matter or a # heading"));
                return new(null, problems);
            }

            problems.Add(new(path, heading!.Line + 1, "no title in the front matter: using the first # heading", ProblemSeverity.Warning));
        }

        var status = fields.Status ?? ContentStatus.Draft;
        if (fields.Kind == ContentKind.Share && string.IsNullOrWhiteSpace(fields.Url))
        {
            problems.Add(new(path, fields.KindLine ?? 1, "a share should have the url of the recommended article", ProblemSeverity.Warning));
        }

        if (status == ContentStatus.Published && fields.Date is null)
        {
            problems.Add(new(path, fields.StatusLine ?? 1, "published without a date: it cannot count for a month", ProblemSeverity.Warning));
        }

        var item = new ContentItem(
            path,
            title.Trim(),
            fields.Kind,
            status,
            fields.Date,
            fields.Tags,
            fields.Summary,
            fields.Url,
            lastModifiedUtc,
            fields.Extra);
        return new(item, problems);
    }

    /// <summary>
    /// Reads a front matter date: <c>2026-12-08</c> or a full ISO date-time, whose calendar date is taken
    /// as written (a publish date is a day, not an instant). Null when it is neither.
    /// </summary>
    public static DateOnly? ParseDate(string value)
    {
        value = value.Trim();
        if (DateOnly.TryParseExact(value, DateOnlyFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // Only ISO shapes (year first): "12/08/2026" is ambiguous and refused.
        if (value.Length > 10 && char.IsAsciiDigit(value[0]) && value[4] == '-' && value[7] == '-'
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return DateOnly.FromDateTime(instant.DateTime);
        }

        return null;
    }

    private static bool StartsWithFence(string text)
    {
        var end = text.IndexOf('\n');
        var first = (end < 0 ? text : text[..end]).TrimEnd();
        return first == "---";
    }

    private static void ReadFrontMatter(string path, YamlFrontMatterBlock block, Fields fields, List<ContentProblem> problems)
    {
        // block.Line is the 0-based line of the opening ---: the YAML's line 1 is the file's line block.Line + 2.
        var offset = block.Line + 1;
        IReadOnlyList<FrontMatterEntry> entries;
        try
        {
            entries = FrontMatterYaml.Read(block.Lines.ToString(), MaxYamlDepth);
        }
        catch (FrontMatterException e)
        {
            problems.Add(new(path, e.Line + offset, e.Message));
            return;
        }
        catch (YamlException e)
        {
            var line = (int)Math.Max(1, e.Start.Line) + offset;
            problems.Add(new(path, line, $"invalid YAML in front matter: {FirstSentence(e)}"));
            return;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // A few scanner states (such as an unclosed flow list at the end) are reported without a
            // position: point at the front matter's first line.
            problems.Add(new(path, offset + 1, $"invalid YAML in front matter: {e.Message}"));
            return;
        }

        foreach (var (key, keyLine, value) in entries)
        {
            var line = keyLine + offset;
            var scalar = value.Scalar;
            switch (key.ToLowerInvariant())
            {
                case "title":
                    fields.Title = scalar;
                    fields.TitleLine = line;
                    break;
                case "kind":
                    fields.KindLine = line;
                    if (!string.IsNullOrWhiteSpace(scalar))
                    {
                        if (Enum.TryParse<ContentKind>(scalar.Trim(), ignoreCase: true, out var kind) && IsName(scalar))
                        {
                            fields.Kind = kind;
                        }
                        else
                        {
                            problems.Add(new(path, line, $"unknown kind '{scalar}': use article or share"));
                        }
                    }

                    break;
                case "status":
                    fields.StatusLine = line;
                    if (!string.IsNullOrWhiteSpace(scalar))
                    {
                        if (Enum.TryParse<ContentStatus>(scalar.Trim(), ignoreCase: true, out var status) && IsName(scalar))
                        {
                            fields.Status = status;
                        }
                        else
                        {
                            problems.Add(new(path, line, $"unknown status '{scalar}': use idea, draft, ready or published"));
                        }
                    }

                    break;
                case "draft":
                    // Hugo's flag: only a fallback for status, and status defaults to draft anyway; kept for round trips.
                    fields.Extra[key] = scalar ?? "";
                    break;
                case "date":
                    if (string.IsNullOrWhiteSpace(scalar))
                    {
                        if (scalar is null)
                        {
                            problems.Add(new(path, line, "bad date: write it as 2026-12-08"));
                        }

                        break;
                    }

                    fields.Date = ParseDate(scalar);
                    if (fields.Date is null)
                    {
                        problems.Add(new(path, line, $"bad date '{scalar}': write it as 2026-12-08 or an ISO date-time"));
                    }

                    break;
                case "tags":
                    fields.Tags = ReadTags(value);
                    break;
                case "summary":
                    fields.Summary = scalar;
                    break;
                case "url":
                    fields.Url = scalar;
                    break;
                default:
                    fields.Extra[key] = scalar ?? value.Text;
                    break;
            }
        }
    }

    /// <summary>What a draft gets when Markdig refuses it for nesting (hundreds of <c>&gt;</c> or <c>[</c>).</summary>
    internal const string TooDeeplyNested = "the Markdown is nested too deeply to read (hundreds of > or [ in a row): remove the nesting";

    /// <summary>Markdig's own guard against stack exhaustion throws this ArgumentException.</summary>
    internal static bool IsNestingLimit(ArgumentException e) =>
        e.Message.Contains("too deeply nested", StringComparison.OrdinalIgnoreCase);

    private static bool IsName(string value) => !value.Trim().Any(char.IsAsciiDigit) && !value.Contains(',');

    private static IReadOnlyList<string> ReadTags(FrontMatterValue value) => value.Scalar switch
    {
        null => value.Items.Select(t => t.Trim()).Where(t => t.Length > 0).ToArray(),
        var one when !string.IsNullOrWhiteSpace(one) =>
            one.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        _ => [],
    };

    private static string FirstSentence(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        // YamlDotNet prefixes "(Line: 2, Col: 1, Idx: 5) - (Line...): "; the line is already in the problem.
        var colon = message.LastIndexOf("): ", StringComparison.Ordinal);
        return colon >= 0 ? message[(colon + 3)..] : message;
    }

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
            }
        }

        return text.ToString();
    }

    private sealed class Fields
    {
        public string? Title { get; set; }

        public int? TitleLine { get; set; }

        public ContentKind Kind { get; set; } = ContentKind.Article;

        public int? KindLine { get; set; }

        public ContentStatus? Status { get; set; }

        public int? StatusLine { get; set; }

        public DateOnly? Date { get; set; }

        public IReadOnlyList<string> Tags { get; set; } = [];

        public string? Summary { get; set; }

        public string? Url { get; set; }

        public Dictionary<string, string> Extra { get; } = new(StringComparer.Ordinal);
    }
}
