namespace ValueFirst.Core.Content;

/// <summary>
/// A draft's text as the editor sees it: the front matter as <see cref="DraftFields"/> and the Markdown body. Saving
/// writes only the keys whose value changed (through <see cref="FrontMatterWriter"/>) and the body only when it
/// changed, in the file's own line endings, so an unchanged save gives back the same bytes.
/// </summary>
public static class DraftDocument
{
    /// <summary>The body the editor shows: everything after the front matter and the blank lines that follow it, with <c>\n</c> line endings.</summary>
    public static string BodyOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ToLf(Split(text).Body);
    }

    /// <summary>
    /// Applies the form to the text the editor opened: changed fields and a changed body, nothing else. The result is
    /// read back with <see cref="DraftParser"/>; when it does not read as the form says (front matter written in a
    /// way the writer cannot change in place), <see cref="InvalidOperationException"/> says so and nothing should be saved.
    /// </summary>
    public static string Compose(string opened, DraftFields after, string body)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(body);
        var before = DraftParser.Parse("draft.md", opened).Item
            ?? throw new InvalidOperationException("The front matter has errors: fix them in the file before editing it here.");
        var parts = Split(opened);
        var newline = TextLines.NewlineOf(TextLines.Split(opened));
        var newBody = ToLf(parts.Body) == ToLf(body) ? parts.Body : Lines(body, newline, endWithNewline: parts.Body.Length == 0 || parts.Body.EndsWith('\n'));
        var head = parts.Head;
        var gap = parts.Gap;
        if (newBody.Length > 0 && head.Length > 0 && !head.EndsWith('\n') && gap.Length == 0)
        {
            head += newline;
        }

        var text = FrontMatterWriter.Apply(head + gap + newBody, Changes(DraftFields.Of(before), after));
        Verify(text, before, after);
        return text;
    }

    /// <summary>The text of a new draft: front matter in the usual key order, a blank line, the body.</summary>
    public static string Create(DraftFields fields, string body)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var f = fields.Normalised();
        // Kind and status are always written, so the file says what it is to anyone who opens it.
        var changes = new List<FrontMatterChange>
        {
            FrontMatterChange.Set("title", f.Title),
            FrontMatterChange.SetName("kind", ContentNames.Of(f.Kind)),
            FrontMatterChange.SetName("status", ContentNames.Of(f.Status)),
        };
        changes.AddRange(Changes(f with { Date = null, Tags = [], Summary = null, Url = null }, f));
        var text = FrontMatterWriter.Apply("---\n---\n\n" + Lines(body ?? "", "\n", endWithNewline: true), changes);
        var written = DraftParser.Parse("draft.md", text).Item;
        if (written is null || !DraftFields.Of(written).SameAs(fields))
        {
            throw new InvalidOperationException("The new draft would not read back as entered.");
        }

        return text;
    }

    /// <summary>The front matter changes that turn <paramref name="before"/> into <paramref name="after"/>, in the usual key order.</summary>
    public static IReadOnlyList<FrontMatterChange> Changes(DraftFields before, DraftFields after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var (a, b) = (before.Normalised(), after.Normalised());
        var changes = new List<FrontMatterChange>();
        if (a.Title != b.Title)
        {
            changes.Add(FrontMatterChange.Set("title", b.Title));
        }

        if (a.Kind != b.Kind)
        {
            changes.Add(FrontMatterChange.SetName("kind", ContentNames.Of(b.Kind)));
        }

        if (a.Status != b.Status)
        {
            changes.Add(FrontMatterChange.SetName("status", ContentNames.Of(b.Status)));
        }

        if (a.Date != b.Date)
        {
            changes.Add(b.Date is { } date ? FrontMatterChange.SetDate("date", date) : FrontMatterChange.Remove("date"));
        }

        if (!a.Tags.SequenceEqual(b.Tags, StringComparer.Ordinal))
        {
            changes.Add(b.Tags.Count == 0 ? FrontMatterChange.Remove("tags") : FrontMatterChange.SetList("tags", b.Tags));
        }

        if (a.Summary != b.Summary)
        {
            changes.Add(b.Summary is { } summary ? FrontMatterChange.Set("summary", summary) : FrontMatterChange.Remove("summary"));
        }

        if (a.Url != b.Url)
        {
            changes.Add(b.Url is { } url ? FrontMatterChange.Set("url", url) : FrontMatterChange.Remove("url"));
        }

        return changes;
    }

    private static void Verify(string text, ContentItem before, DraftFields after)
    {
        var written = DraftParser.Parse("draft.md", text).Item;
        var same = written is not null
            && DraftFields.Of(written).SameAs(after)
            && written.Extra.Count == before.Extra.Count
            && written.Extra.All(e => before.Extra.TryGetValue(e.Key, out var old) && old == e.Value);
        if (!same)
        {
            throw new InvalidOperationException(
                "The front matter is written in a way the editor cannot change in place (a flow map, a quoted or repeated key): edit the file itself, or simplify its front matter.");
        }
    }

    private static string ToLf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string Lines(string body, string newline, bool endWithNewline)
    {
        var text = ToLf(body);
        if (endWithNewline && text.Length > 0 && !text.EndsWith('\n'))
        {
            text += "\n";
        }

        return newline == "\n" ? text : text.Replace("\n", newline, StringComparison.Ordinal);
    }

    // Head: the front matter with its fences (empty when there is none); Gap: the blank lines after it; Body: the rest.
    private static (string Head, string Gap, string Body) Split(string text)
    {
        var bom = text.StartsWith('\uFEFF') ? 1 : 0;
        var lines = TextLines.Split(text[bom..]);
        var at = 0;
        if (lines.Count > 0 && lines[0].Content.TrimEnd() == "---")
        {
            var close = lines.FindIndex(1, l => l.Content.TrimEnd() is "---" or "...");
            at = close < 0 ? 0 : close + 1;
        }

        var headLength = bom + lines.Take(at).Sum(l => l.Content.Length + l.Ending.Length);
        var gapLines = lines.Skip(at).TakeWhile(l => l.Content.Trim().Length == 0 && l.Ending.Length > 0).ToList();
        var gapLength = gapLines.Sum(l => l.Content.Length + l.Ending.Length);
        return (text[..headLength], text.Substring(headLength, gapLength), text[(headLength + gapLength)..]);
    }
}
