namespace ValueFirst.Core.Content;

/// <summary>Front matter that is valid YAML but not what a draft may hold; <see cref="Line"/> is 1-based within the YAML.</summary>
internal sealed class FrontMatterException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}
