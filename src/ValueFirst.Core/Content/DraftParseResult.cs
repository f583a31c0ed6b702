namespace ValueFirst.Core.Content;

/// <summary>The result of parsing one file: the item (null when an error keeps it out) and its problems.</summary>
public sealed record DraftParseResult(ContentItem? Item, IReadOnlyList<ContentProblem> Problems);
