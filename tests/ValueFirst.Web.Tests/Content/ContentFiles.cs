using System.Text;

namespace ValueFirst.Web.Tests.Content;

/// <summary>Writes drafts into a test app's content folder.</summary>
internal static class ContentFiles
{
    public static string Write(string folder, string relativePath, string text)
    {
        var full = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
        return full;
    }

    public static string Draft(params string[] frontMatter) =>
        string.Join("\n", ["---", .. frontMatter, "---", "", "Body."]) + "\n";
}
