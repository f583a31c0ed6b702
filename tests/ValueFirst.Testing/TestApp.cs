using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Web.Data;

namespace ValueFirst.Testing;

/// <summary>
/// The real app on a real SQLite file in a temporary folder of its own, with its own content folder.
/// Dispose deletes the folder. Create a second <see cref="TestApp"/> on the same folder to simulate a restart.
/// </summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    private readonly bool ownsFolder;

    /// <param name="services">Optional: replaces services after the app registered its own (e.g. a fake <see cref="TimeProvider"/>).</param>
    public TestApp(string? folder = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        ConfigureServices = services;
        ownsFolder = folder is null;
        Folder = folder ?? Directory.CreateTempSubdirectory("valuefirst-test-").FullName;
        Directory.CreateDirectory(ContentFolder);
        Settings = settings ?? new Dictionary<string, string?>();
    }

    public string Folder { get; }

    public string ContentFolder => Path.Combine(Folder, "content");

    public string DatabaseFile => Path.Combine(Folder, "data", "valuefirst.db");

    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>Optional hook to replace app services (e.g. a fake <see cref="TimeProvider"/>) after the app registered its own.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the build's static web assets (CSS, blazor.web.js) are only found when asked for.
        builder.UseStaticWebAssets();
        builder.UseSetting("ValueFirst:DataPath", Path.Combine(Folder, "data"));
        builder.UseSetting("ValueFirst:ContentPath", ContentFolder);
        builder.UseSetting("ConnectionStrings:ValueFirst", $"Data Source={DatabaseFile}");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (ConfigureServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests can assert them.</summary>
    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Runs <paramref name="action"/> with a fresh DbContext of the running app, for arranging and asserting.</summary>
    public async Task<T> WithDbAsync<T>(Func<ApplicationDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await action(db);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsFolder)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A background job may still hold a file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
