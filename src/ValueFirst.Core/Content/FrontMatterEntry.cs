namespace ValueFirst.Core.Content;

/// <summary>One top-level front matter key (trimmed), the 1-based line of the key within the YAML, and its value.</summary>
internal sealed record FrontMatterEntry(string Key, int Line, FrontMatterValue Value);
