namespace ValueFirst.Core.Content;

/// <summary>
/// Reads a front matter line as the writer needs it: the top-level key it starts (as written, and as read), and a
/// comment after its value, without parsing the YAML. Lines it does not recognise (nested, list items, complex
/// keys, flow maps) are left alone by the writer.
/// </summary>
internal static class FrontMatterLine
{
    /// <param name="Key">The key as YAML reads it.</param>
    /// <param name="Token">The key as written, quotes included, to keep when the value changes.</param>
    /// <param name="TrailingComment">A <c># comment</c> after the value, kept when the value changes.</param>
    public readonly record struct KeyLine(string Key, string Token, string? TrailingComment);

    public static KeyLine? Key(string line)
    {
        if (line.Length == 0 || line[0] is ' ' or '\t' or '#' or '?' or '{' or '[' or '&' or '*' or '!' || IsItem(line))
        {
            return null;
        }

        int colon;
        string key;
        if (line[0] is '"' or '\'')
        {
            var close = ClosingQuote(line, 0);
            if (close < 0)
            {
                return null;
            }

            key = line[1..close].Replace(line[0] == '\'' ? "''" : "\\\"", line[0] == '\'' ? "'" : "\"", StringComparison.Ordinal);
            colon = close + 1;
            while (colon < line.Length && line[colon] is ' ' or '\t')
            {
                colon++;
            }

            if (colon >= line.Length || line[colon] != ':')
            {
                return null;
            }
        }
        else
        {
            colon = -1;
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] == ':' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t'))
                {
                    colon = i;
                    break;
                }
            }

            if (colon <= 0)
            {
                return null;
            }

            key = line[..colon].Trim();
        }

        if (colon + 1 < line.Length && line[colon + 1] is not (' ' or '\t'))
        {
            return null;
        }

        return new KeyLine(key, line[..colon].TrimEnd(), TrailingComment(line[(colon + 1)..]));
    }

    private static bool IsItem(string line) => line[0] == '-' && (line.Length == 1 || line[1] is ' ' or '\t');

    private static string? TrailingComment(string value)
    {
        var text = value.TrimStart(' ', '\t');
        if (text.Length == 0)
        {
            return null;
        }

        if (text[0] == '#')
        {
            return text.TrimEnd();
        }

        int after;
        switch (text[0])
        {
            case '"' or '\'':
                var close = ClosingQuote(text, 0);
                if (close < 0)
                {
                    return null;
                }

                after = close + 1;
                break;
            case '[' or '{':
                after = ClosingBracket(text);
                if (after < 0)
                {
                    return null;
                }

                break;
            case '|' or '>':
                return null;
            default:
                var hash = text.IndexOf(" #", StringComparison.Ordinal);
                var tab = text.IndexOf("\t#", StringComparison.Ordinal);
                var at = hash < 0 ? tab : tab < 0 ? hash : Math.Min(hash, tab);
                return at < 0 ? null : text[(at + 1)..].TrimEnd();
        }

        var rest = text[after..];
        var trimmed = rest.TrimStart(' ', '\t');
        return trimmed.StartsWith('#') && trimmed.Length < rest.Length ? trimmed.TrimEnd() : null;
    }

    // The index of the quote closing the one at start: '' inside single quotes and \" inside double quotes are escapes.
    private static int ClosingQuote(string text, int start)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            if (quote == '"' && text[i] == '\\')
            {
                i++;
                continue;
            }

            if (text[i] != quote)
            {
                continue;
            }

            if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    // The index just after the bracket that closes the flow list or map the text starts with.
    private static int ClosingBracket(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"' or '\'':
                    var close = ClosingQuote(text, i);
                    if (close < 0)
                    {
                        return -1;
                    }

                    i = close;
                    break;
                case '[' or '{':
                    depth++;
                    break;
                case ']' or '}':
                    if (--depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        return -1;
    }
}
