using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace ValueFirst.Core.Content;

/// <summary>
/// Reads the front matter most writers have — <c>key: value</c> lines, quoted values without escapes,
/// <c>[a, b]</c> and <c>- item</c> lists of such values, blank lines and whole-line comments — without a
/// YAML parser. The calendar reads every draft's front matter on each load, and YamlDotNet's parser costs
/// about half as much as Markdig parsing the whole draft. Anything outside that subset (escapes, anchors,
/// nested maps, multi-line values, tabs, odd characters, a key given twice) returns false, and
/// <see cref="FrontMatterYaml"/> reads it with YamlDotNet, which also explains any error. A test compares
/// the two readers on generated front matter.
/// </summary>
internal static class SimpleFrontMatter
{
    // Characters that start something other than a plain value (YAML 1.2, 7.3.3), or are not worth the risk.
    private static readonly SearchValues<char> PlainStart = SearchValues.Create("-?:,[]{}#&*!|>'\"%@`");

    // Inside [a, b] a plain value may not hold flow indicators, and ':' is left to the parser.
    private static readonly SearchValues<char> FlowForbidden = SearchValues.Create(",[]{}:#");

    public static bool TryRead(string yaml, [NotNullWhen(true)] out List<FrontMatterEntry>? entries)
    {
        entries = null;
        if (!HasOnlySimpleCharacters(yaml))
        {
            return false;
        }

        var result = new List<FrontMatterEntry>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var text = yaml.AsSpan();
        var lineNumber = 0;

        // A key with nothing after its colon: an empty value, or a block list when "- item" lines follow.
        string? openKey = null;
        var openLine = 0;
        List<string>? openItems = null;
        var itemIndent = -1;

        foreach (var range in text.Split('\n'))
        {
            lineNumber++;
            var line = text[range];
            if (line.EndsWith('\r'))
            {
                line = line[..^1];
            }

            var content = line.TrimStart(' ');
            if (content.IsEmpty || content[0] == '#')
            {
                continue;
            }

            var indent = line.Length - content.Length;
            if (content[0] == '-')
            {
                // "- item" belongs to the open key, at one indentation throughout.
                if (openKey is null || content.Length < 3 || content[1] != ' ' || (itemIndent >= 0 && indent != itemIndent)
                    || !TryReadValue(content[2..].Trim(' '), flow: false, out var item))
                {
                    return false;
                }

                itemIndent = indent;
                (openItems ??= []).Add(item);
                continue;
            }

            if (indent > 0)
            {
                return false; // a continued value or a nested map
            }

            Close();
            var colon = content.IndexOf(':');
            if (colon <= 0 || !IsSimpleKey(content[..colon]))
            {
                return false;
            }

            var key = content[..colon].ToString();
            var rest = content[(colon + 1)..];
            if (!keys.Add(key) || (!rest.IsEmpty && rest[0] != ' '))
            {
                return false;
            }

            var value = rest.Trim(' ');
            if (value.IsEmpty)
            {
                (openKey, openLine, openItems, itemIndent) = (key, lineNumber, null, -1);
                continue;
            }

            if (value[0] == '[')
            {
                if (!TryReadFlowList(value, out var items))
                {
                    return false;
                }

                result.Add(new(key, lineNumber, ListValue(items)));
            }
            else if (TryReadValue(value, flow: false, out var scalar))
            {
                result.Add(new(key, lineNumber, FrontMatterValue.OfScalar(scalar)));
            }
            else
            {
                return false;
            }
        }

        Close();
        entries = result;
        return true;

        void Close()
        {
            if (openKey is not null)
            {
                result.Add(new(openKey, openLine, openItems is null ? FrontMatterValue.OfScalar("") : ListValue(openItems)));
                openKey = null;
            }
        }
    }

    private static FrontMatterValue ListValue(List<string> items)
    {
        var text = new BoundedText('[');
        foreach (var item in items)
        {
            text.Item(item);
        }

        return new(null, items, text.Close(']'));
    }

    private static bool TryReadFlowList(ReadOnlySpan<char> value, out List<string> items)
    {
        items = [];
        if (value[^1] != ']')
        {
            return false;
        }

        var inner = value[1..^1];
        if (inner.Trim(' ').IsEmpty)
        {
            return true;
        }

        foreach (var range in inner.Split(','))
        {
            if (!TryReadValue(inner[range].Trim(' '), flow: true, out var item))
            {
                return false;
            }

            items.Add(item);
        }

        return true;
    }

    // A plain value as written, or a one-line quoted value with no escapes ('' or \) in it.
    private static bool TryReadValue(ReadOnlySpan<char> value, bool flow, out string scalar)
    {
        scalar = "";
        if (value.IsEmpty)
        {
            return false;
        }

        if (value[0] is '"' or '\'')
        {
            var quote = value[0];
            if (value.Length < 2 || value[^1] != quote || value[1..^1].Contains(quote) || value[1..^1].Contains('\\'))
            {
                return false;
            }

            scalar = value[1..^1].ToString();
            return true;
        }

        var plain = !PlainStart.Contains(value[0])
            && value[^1] != ':'
            && value.IndexOf(": ") < 0
            && value.IndexOf(" #") < 0
            && (!flow || value.IndexOfAny(FlowForbidden) < 0);
        if (plain)
        {
            scalar = value.ToString();
        }

        return plain;
    }

    private static bool IsSimpleKey(ReadOnlySpan<char> key)
    {
        if (!char.IsAsciiLetterOrDigit(key[0]) && key[0] != '_')
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    // YAML treats NEL, LS and PS as line breaks and refuses most control characters; tabs have their own rules.
    private static bool HasOnlySimpleCharacters(string yaml)
    {
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (c < ' ')
            {
                if (c == '\n' || (c == '\r' && i + 1 < yaml.Length && yaml[i + 1] == '\n'))
                {
                    continue;
                }

                return false;
            }

            if (c < '\u007f')
            {
                continue;
            }

            if (c is '\u007f' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || (c >= '\u0080' && c <= '\u009f'))
            {
                return false;
            }

            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= yaml.Length || !char.IsLowSurrogate(yaml[i + 1]))
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }
}
