namespace ValueFirst.Testing.Content;

/// <summary>The repository's sample drafts (<c>content/</c>), as the web app's build copies them beside the app.</summary>
public static class SampleDrafts
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "SampleDrafts");

    /// <summary>Each sample's path relative to the samples folder and its text (BOM kept as U+FEFF).</summary>
    public static IEnumerable<(string Path, string Text)> All()
    {
        var files = Directory.GetFiles(Folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"No sample drafts in {Folder}: the web project copies content/**/*.md there when it builds.");
        }

        return files.Select(f => (Path.GetRelativePath(Folder, f).Replace(Path.DirectorySeparatorChar, '/'), System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(f))));
    }
}
