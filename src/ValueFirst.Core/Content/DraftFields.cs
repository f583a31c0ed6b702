namespace ValueFirst.Core.Content;

/// <summary>
/// The front matter keys a writer edits in the form: what <see cref="DraftParser"/> reads them as. Blank text is
/// the same as no value; tags keep their order.
/// </summary>
public sealed record DraftFields(
    string Title,
    ContentKind Kind,
    ContentStatus Status,
    DateOnly? Date,
    IReadOnlyList<string> Tags,
    string? Summary,
    string? Url)
{
    public static DraftFields Of(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new DraftFields(item.Title, item.Kind, item.Status, item.Date, item.Tags, item.Summary, item.Url).Normalised();
    }

    /// <summary>Trimmed title, summary and url (blank ones null) and tags without blanks or repeats.</summary>
    public DraftFields Normalised() => this with
    {
        Title = Title.Trim(),
        Tags = Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray(),
        Summary = string.IsNullOrWhiteSpace(Summary) ? null : Summary.Trim(),
        Url = string.IsNullOrWhiteSpace(Url) ? null : Url.Trim(),
    };

    /// <summary>True when every field reads the same (tags compared in order).</summary>
    public bool SameAs(DraftFields other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (a, b) = (Normalised(), other.Normalised());
        return a.Title == b.Title && a.Kind == b.Kind && a.Status == b.Status && a.Date == b.Date
            && a.Tags.SequenceEqual(b.Tags, StringComparer.Ordinal) && a.Summary == b.Summary && a.Url == b.Url;
    }

    /// <summary>Splits the form's "a, b, c" tag text into tags.</summary>
    public static IReadOnlyList<string> ParseTags(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToArray();
}
