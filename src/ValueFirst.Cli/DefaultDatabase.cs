namespace ValueFirst.Cli;

/// <summary>
/// Where the web app keeps its SQLite file when nothing is configured: <c>App_Data/valuefirst.db</c>
/// under the web project (its content root under <c>dotnet run --project src/ValueFirst.Web</c>).
/// The tool looks for the repository upwards from the working directory, so it finds the same file
/// from any sub-folder.
/// </summary>
internal static class DefaultDatabase
{
    public const string RelativePath = "src/ValueFirst.Web/App_Data/valuefirst.db";

    public static string Resolve(string workingDirectory)
    {
        for (var dir = new DirectoryInfo(workingDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "src", "ValueFirst.Web", "ValueFirst.Web.csproj")))
            {
                return Path.Combine(dir.FullName, RelativePath);
            }
        }

        return Path.GetFullPath(Path.Combine(workingDirectory, RelativePath));
    }
}
