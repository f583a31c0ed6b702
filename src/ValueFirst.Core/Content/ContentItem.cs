namespace ValueFirst.Core.Content;

/// <summary>
/// One draft, article or share as its front matter describes it. Other features (the weekly
/// connecting hour, the ledger) read these, so the shape stays plain: no parser types leak out.
/// </summary>
/// <param name="Path">Path relative to the content folder, with forward slashes; the item's identity.</param>
/// <param name="Date">Planned publish date, or the publication date when <see cref="Status"/> is published; null when undated.</param>
/// <param name="LastModifiedUtc">When the file last changed; orders undated drafts (older first) when planning.</param>
/// <param name="Extra">Front matter keys ValueFirst does not use, kept as written (scalars as text).</param>
public sealed record ContentItem(
    string Path,
    string Title,
    ContentKind Kind,
    ContentStatus Status,
    DateOnly? Date,
    IReadOnlyList<string> Tags,
    string? Summary,
    string? Url,
    DateTime LastModifiedUtc,
    IReadOnlyDictionary<string, string> Extra)
{
    /// <summary>True for the writer's own articles, which make a month <see cref="MonthState.Own"/>.</summary>
    public bool IsOwn => Kind == ContentKind.Article;
}
