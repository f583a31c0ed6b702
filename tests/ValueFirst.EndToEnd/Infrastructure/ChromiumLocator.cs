namespace ValueFirst.EndToEnd.Infrastructure;

/// <summary>Finds the Chromium the browser tests drive: VALUEFIRST_CHROMIUM, then Debian's, then Playwright's own.</summary>
public static class ChromiumLocator
{
    public const string EnvironmentVariable = "VALUEFIRST_CHROMIUM";

    private static readonly string[] KnownPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    /// <summary>An executable path, or null to let Playwright use a browser it installed itself.</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{EnvironmentVariable} points at '{configured}', which does not exist.");
        }

        return KnownPaths.FirstOrDefault(File.Exists);
    }

    public const string HowToInstall =
        "No Chromium found for the browser tests. Install Debian's (`apt-get install -y chromium`), " +
        $"set {EnvironmentVariable} to a Chromium executable, or run Playwright's `install chromium`.";
}
