using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Web.Features.Content;

namespace ValueFirst.Web.Tests.Content;

/// <summary>Writes drafts into a test app's content folder, or into one user's drafts folder.</summary>
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

    /// <summary>The user's drafts folder (assigned on first use, as the app does).</summary>
    public static async Task<string> FolderOfAsync(TestApp app, string userId) =>
        (await app.Services.GetRequiredService<ContentLibrary>().FolderAsync(userId)).Folder.Root;
}
