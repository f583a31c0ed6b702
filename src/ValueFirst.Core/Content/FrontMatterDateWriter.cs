using System.Globalization;

namespace ValueFirst.Core.Content;

/// <summary>
/// Writes an accepted publish date into a draft's front matter and changes nothing else: the writer's
/// file is theirs (often under git), so line endings, key order, comments and the body stay byte-for-byte.
/// </summary>
public static class FrontMatterDateWriter
{
    /// <summary>
    /// Returns <paramref name="text"/> with its top-level <c>date</c> key set to <paramref name="date"/>:
    /// an existing <c>date:</c> line is replaced in place, otherwise a line is added before the closing
    /// fence; a file without front matter gets one. A leading BOM is kept.
    /// </summary>
    /// <exception cref="InvalidOperationException">The front matter is not closed.</exception>
    public static string SetDate(string text, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bom = text.StartsWith('\uFEFF') ? "\uFEFF" : "";
        var body = text[bom.Length..];
        var value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lines = SplitKeepingEndings(body);
        var newline = lines.Select(l => l.Ending).FirstOrDefault(e => e.Length > 0) ?? "\n";

        if (lines.Count == 0 || lines[0].Content.TrimEnd() != "---")
        {
            return $"{bom}---{newline}date: {value}{newline}---{newline}{body}";
        }

        var close = -1;
        for (var i = 1; i < lines.Count; i++)
        {
            var trimmed = lines[i].Content.TrimEnd();
            if (trimmed is "---" or "...")
            {
                close = i;
                break;
            }
        }

        if (close < 0)
        {
            throw new InvalidOperationException("The front matter is not closed: fix the file before accepting a date.");
        }

        for (var i = 1; i < close; i++)
        {
            if (IsDateKey(lines[i].Content))
            {
                lines[i] = new($"date: {value}", lines[i].Ending);
                return bom + string.Concat(lines.Select(l => l.Content + l.Ending));
            }
        }

        lines.Insert(close, new($"date: {value}", newline));
        return bom + string.Concat(lines.Select(l => l.Content + l.Ending));
    }

    // A top-level key only: an indented "date:" belongs to a nested mapping.
    private static bool IsDateKey(string line) =>
        line.StartsWith("date", StringComparison.Ordinal) && line[4..].TrimStart(' ', '\t').StartsWith(':');

    private static List<Line> SplitKeepingEndings(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        while (start < text.Length)
        {
            var lf = text.IndexOf('\n', start);
            if (lf < 0)
            {
                lines.Add(new(text[start..], ""));
                break;
            }

            var contentEnd = lf > start && text[lf - 1] == '\r' ? lf - 1 : lf;
            lines.Add(new(text[start..contentEnd], text[contentEnd..(lf + 1)]));
            start = lf + 1;
        }

        return lines;
    }

    private readonly record struct Line(string Content, string Ending);
}
