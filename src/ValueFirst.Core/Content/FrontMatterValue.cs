namespace ValueFirst.Core.Content;

/// <summary>
/// A front matter value: a scalar (<see cref="Scalar"/> set), or a list or map kept as its scalar
/// <see cref="Items"/> and a short <see cref="Text"/> for display.
/// </summary>
internal sealed record FrontMatterValue(string? Scalar, IReadOnlyList<string> Items, string Text)
{
    public static FrontMatterValue OfScalar(string value) => new(value, [], value);
}
