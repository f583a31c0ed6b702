using System.Text;
using Bogus;

namespace ValueFirst.Cli.Tests;

/// <summary>A temporary content folder that tests fill with drafts; deleted on dispose.</summary>
internal sealed class DraftFolder : IDisposable
{
    private static readonly Faker Faker = new();

    public string Root { get; } = Directory.CreateTempSubdirectory("valuefirst-cli-").FullName;

    /// <summary>Writes a draft whose front matter has the given keys plus a generated title unless one is given.</summary>
    public DraftFolder Draft(string relativePath, params string[] keys)
    {
        var lines = new List<string> { "---" };
        if (!keys.Any(k => k.StartsWith("title:", StringComparison.Ordinal)))
        {
            lines.Add($"title: \"{Faker.Lorem.Sentence(4)}\"");
        }

        lines.AddRange(keys);
        lines.AddRange(["---", "", Faker.Lorem.Paragraph()]);
        return Raw(relativePath, string.Join("\n", lines) + "\n");
    }

    public DraftFolder Raw(string relativePath, string text)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
