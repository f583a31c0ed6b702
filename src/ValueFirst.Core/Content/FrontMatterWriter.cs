namespace ValueFirst.Core.Content;

/// <summary>
/// Changes a few top-level keys of a draft's front matter and nothing else: the writer's file is theirs (often under
/// git), so line endings, the byte order mark, key order, comments, unknown keys and the body stay byte-for-byte.
/// A changed key is rewritten where it stands (a comment after its value is kept; comments inside a replaced list
/// go with it); a new key goes before the closing fence; a removed key takes its value's lines with it. A file
/// without front matter gets one.
/// </summary>
public static class FrontMatterWriter
{
    /// <summary>Returns <paramref name="text"/> with <paramref name="changes"/> applied (the last change of a key wins).</summary>
    /// <exception cref="InvalidOperationException">The front matter is not closed.</exception>
    public static string Apply(string text, IEnumerable<FrontMatterChange> changes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(changes);
        var wanted = changes
            .GroupBy(c => c.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Last())
            .ToList();
        var bom = text.StartsWith('\uFEFF') ? "\uFEFF" : "";
        var body = text[bom.Length..];
        var lines = TextLines.Split(body);
        var newline = TextLines.NewlineOf(lines);

        if (lines.Count == 0 || lines[0].Content.TrimEnd() != "---")
        {
            var added = wanted.Where(c => !c.IsRemoval).SelectMany(c => Render(c, c.Key, null, newline)).ToList();
            return added.Count == 0
                ? text
                : bom + "---" + newline + string.Concat(added.Select(l => l.Content + l.Ending)) + "---" + newline + body;
        }

        var close = lines.FindIndex(1, l => l.Content.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            throw new InvalidOperationException("The front matter is not closed: add a line with --- after the last key, then try again.");
        }

        var entries = KeyEntries(lines, close);
        var result = new List<TextLine>(lines.Count + wanted.Count);
        result.Add(lines[0]);
        var handled = new HashSet<FrontMatterChange>();
        for (var i = 1; i < close;)
        {
            var entry = entries.FirstOrDefault(e => e.Start == i);
            var change = entry is null ? null : wanted.FirstOrDefault(c => string.Equals(c.Key, entry.Key, StringComparison.OrdinalIgnoreCase));
            if (entry is null || change is null)
            {
                result.Add(lines[i]);
                i++;
                continue;
            }

            handled.Add(change);
            if (!change.IsRemoval)
            {
                result.AddRange(Render(change, entry.KeyToken, entry, lines[i].Ending.Length > 0 ? lines[i].Ending : newline));
            }

            i = entry.End;
        }

        foreach (var change in wanted.Where(c => !c.IsRemoval && !handled.Contains(c)))
        {
            result.AddRange(Render(change, change.Key, null, newline));
        }

        result.AddRange(lines.Skip(close));
        return bom + string.Concat(result.Select(l => l.Content + l.Ending));
    }

    private static IEnumerable<TextLine> Render(FrontMatterChange change, string keyToken, KeyEntry? old, string newline)
    {
        var comment = old?.TrailingComment is { } c ? " " + c : "";
        if (change.List is { } items)
        {
            if (old?.BlockIndent is { } indent && items.Count > 0)
            {
                yield return new($"{keyToken}:{comment}", newline);
                foreach (var item in items)
                {
                    yield return new($"{indent}- {YamlScalar.Format(item)}", newline);
                }

                yield break;
            }

            var flow = string.Join(", ", items.Select(item => YamlScalar.Format(item, inFlowList: true)));
            yield return new($"{keyToken}: [{flow}]{comment}", newline);
            yield break;
        }

        var value = change.Verbatim ? change.Scalar! : YamlScalar.Format(change.Scalar!);
        yield return new($"{keyToken}: {value}{comment}", newline);
    }

    // The top-level keys between the fences, each with the lines its value spans.
    private static List<KeyEntry> KeyEntries(List<TextLine> lines, int close)
    {
        var entries = new List<KeyEntry>();
        for (var i = 1; i < close; i++)
        {
            var key = FrontMatterLine.Key(lines[i].Content);
            if (key is null)
            {
                continue;
            }

            // The value goes on over indented lines, "- item" lines and the blank and comment lines between them.
            var end = i + 1;
            for (var j = i + 1; j < close; j++)
            {
                var content = lines[j].Content;
                if (content.Trim().Length == 0 || content[0] == '#')
                {
                    continue;
                }

                if (content[0] is ' ' or '\t' || content == "-" || content.StartsWith("- ", StringComparison.Ordinal))
                {
                    end = j + 1;
                    continue;
                }

                break;
            }

            var blockIndent = BlockListIndent(lines, i + 1, end);
            entries.Add(new KeyEntry(key.Value.Key, key.Value.Token, i, end, key.Value.TrailingComment, blockIndent));
        }

        return entries;
    }

    // The indentation of a block list ("- item" lines), when that is the value.
    private static string? BlockListIndent(List<TextLine> lines, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            var content = lines[j].Content;
            var trimmed = content.TrimStart(' ');
            if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed == "-")
            {
                return content[..(content.Length - trimmed.Length)];
            }
        }

        return null;
    }

    private sealed record KeyEntry(string Key, string KeyToken, int Start, int End, string? TrailingComment, string? BlockIndent);
}
