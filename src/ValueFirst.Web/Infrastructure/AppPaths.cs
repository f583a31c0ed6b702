namespace ValueFirst.Web.Infrastructure;

/// <summary>Resolves the configured folders to absolute paths once, so every service agrees on them.</summary>
public sealed class AppPaths
{
    public AppPaths(string contentRoot, ValueFirstOptions options)
    {
        DataDirectory = Path.GetFullPath(Path.Combine(contentRoot, options.DataPath));
        ContentDirectory = ResolveContentDirectory(contentRoot, options.ContentPath);
    }

    public string DataDirectory { get; }

    public string ContentDirectory { get; }

    public string DefaultDatabaseFile => Path.Combine(DataDirectory, "valuefirst.db");

    // `dotnet run --project src/ValueFirst.Web` starts in the repository root, while the content
    // root is the project folder: look for a relative content folder in the working directory first,
    // then upwards from the content root, so the sample `content/` is found either way.
    private static string ResolveContentDirectory(string contentRoot, string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return Path.GetFullPath(configured);
        }

        var fromWorkingDirectory = Path.GetFullPath(configured);
        if (Directory.Exists(fromWorkingDirectory))
        {
            return fromWorkingDirectory;
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, configured);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(Path.Combine(contentRoot, configured));
    }
}
