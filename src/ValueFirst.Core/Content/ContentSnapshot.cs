namespace ValueFirst.Core.Content;

/// <summary>
/// Everything loaded from the content folder at one moment: the items that parsed and the problems
/// of those that did not (a file may have both: a warning does not keep it out).
/// </summary>
public sealed record ContentSnapshot(IReadOnlyList<ContentItem> Items, IReadOnlyList<ContentProblem> Problems)
{
    public static ContentSnapshot Empty { get; } = new([], []);

    /// <summary>True when any problem is an error (not just a warning).</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);

    /// <summary>The item at a relative path, or null; the only way pages turn a path from a URL into a file.</summary>
    public ContentItem? Find(string relativePath) =>
        Items.FirstOrDefault(i => string.Equals(i.Path, relativePath, StringComparison.Ordinal));
}
