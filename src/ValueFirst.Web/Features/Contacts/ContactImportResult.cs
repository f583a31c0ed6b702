using ValueFirst.Core.Contacts;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// What an import did: N added, M updated (matched an existing contact and changed it), U unchanged (matched one
/// that already held the same values), K skipped with each skipped line and why; notes say how rows were matched.
/// <see cref="Error"/> means nothing was imported.
/// </summary>
public sealed record ContactImportResult(
    int Added,
    int Updated,
    IReadOnlyList<ImportProblem> Skipped,
    IReadOnlyList<string> Notes,
    string? Error = null)
{
    /// <summary>Rows that matched a contact already holding the same values.</summary>
    public int Unchanged { get; init; }

    public bool Succeeded => Error is null;

    public string Summary => Error ?? $"{Added:N0} added, {Updated:N0} updated, {Unchanged:N0} unchanged, {Skipped.Count:N0} skipped.";

    public static ContactImportResult Failed(string error) => new(0, 0, [], [], error);
}

/// <summary>How far an import is, for the page's progress bar.</summary>
public sealed record ImportProgress(int Done, int Total);
