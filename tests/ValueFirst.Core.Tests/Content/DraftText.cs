namespace ValueFirst.Core.Tests.Content;

/// <summary>Builds draft file text line by line, so tests can state line endings and BOMs explicitly.</summary>
internal static class DraftText
{
    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    public static string Crlf(string text) => text.Replace("\n", "\r\n");

    public static string WithBom(string text) => "\uFEFF" + text;

    public static string FrontMatter(params string[] keys) => Lines(["---", .. keys, "---", "", "Body text."]);
}
