namespace ValueFirst.Core.Content;

/// <summary>
/// Whether an item is the writer's own article or someone else's piece they recommend:
/// a month with an own article counts for more than a month with only shares.
/// </summary>
public enum ContentKind
{
    /// <summary>The writer's own piece (the default when <c>kind</c> is absent).</summary>
    Article,

    /// <summary>A recommended article by someone else, with its <c>url</c>.</summary>
    Share,
}
