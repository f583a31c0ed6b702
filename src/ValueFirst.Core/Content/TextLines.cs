namespace ValueFirst.Core.Content;

/// <summary>A line's text and the line ending after it (<c>\n</c>, <c>\r\n</c>, or empty for a last line without one).</summary>
internal readonly record struct TextLine(string Content, string Ending);

/// <summary>Splits text into lines that keep their own endings, so joining them gives back the same bytes.</summary>
internal static class TextLines
{
    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
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

    /// <summary>The file's line ending: the first line's, or <c>\n</c> for text without one.</summary>
    public static string NewlineOf(IEnumerable<TextLine> lines) =>
        lines.Select(l => l.Ending).FirstOrDefault(e => e.Length > 0) ?? "\n";
}
