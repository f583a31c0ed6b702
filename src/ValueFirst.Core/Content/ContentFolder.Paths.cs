namespace ValueFirst.Core.Content;

public sealed partial class ContentFolder
{
    /// <summary>Longest relative path accepted, in characters.</summary>
    public const int MaxPathLength = 400;

    /// <summary>
    /// Resolves a relative path (as found in <see cref="ContentItem.Path"/>) to an existing Markdown file inside the
    /// folder; false for anything that could leave it or reach a file <see cref="Load"/> would not read: an absolute
    /// path, <c>..</c> or <c>.</c> segments, backslashes, hidden or reserved folders, a link anywhere below the root,
    /// a file that is not Markdown or does not exist.
    /// </summary>
    public bool TryResolve(string? relativePath, out string fullPath)
    {
        if (!TryResolvePath(relativePath, out fullPath) || !File.Exists(fullPath))
        {
            fullPath = "";
            return false;
        }

        return true;
    }

    /// <summary>
    /// Resolves a relative path for a new draft under the same rules as <see cref="TryResolve"/>, except that the
    /// file (and the folders leading to it) need not exist yet.
    /// </summary>
    public bool TryResolveNew(string? relativePath, out string fullPath) => TryResolvePath(relativePath, out fullPath);

    /// <summary>True when <paramref name="relativePath"/> has the shape of a draft path this folder could hold (nothing is read).</summary>
    public bool IsValidPath(string? relativePath) => Segments(relativePath) is not null;

    private bool TryResolvePath(string? relativePath, out string fullPath)
    {
        fullPath = "";
        var segments = Segments(relativePath);
        if (segments is null)
        {
            return false;
        }

        var current = Root;
        foreach (var segment in segments)
        {
            current = Path.Combine(current, segment);
            // Every existing step below the root must be a real folder or file: a link could point anywhere.
            if (IsLink(current))
            {
                return false;
            }
        }

        var candidate = Path.GetFullPath(current);
        if (!candidate.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Directory.Exists(candidate))
        {
            return false;
        }

        fullPath = candidate;
        return true;
    }

    // The path's segments, or null when the path is not one a draft of this folder may have.
    private string[]? Segments(string? relativePath)
    {
        if (string.IsNullOrWhiteSpace(relativePath) || relativePath.Length > MaxPathLength
            || relativePath.Any(c => char.IsControl(c) || c == '\\' || (c == ':' && OperatingSystem.IsWindows())) || HasLoneSurrogate(relativePath)
            || Path.IsPathRooted(relativePath) || relativePath.StartsWith('/'))
        {
            return null;
        }

        var segments = relativePath.Split('/');
        if (segments.Any(s => s.Length == 0 || s.StartsWith('.') || s != s.Trim()) || (segments.Length > 1 && IsReserved(segments[0])))
        {
            return null;
        }

        var name = segments[^1];
        var isMarkdown = name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
        return isMarkdown ? segments : null;
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLink(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is not null
            || (info.Exists || Directory.Exists(path)) && File.GetAttributes(path).HasFlag(FileAttributes.ReparsePoint);
    }
}
