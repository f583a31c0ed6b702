using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ValueFirst.Web.Data;

namespace ValueFirst.Testing;

/// <summary>
/// The real app on a real SQLite file in a temporary folder of its own, with its own content folder.
/// Dispose deletes the folder. Create a second <see cref="TestApp"/> on the same folder to simulate a restart.
/// With <c>VALUEFIRST_TEST_PROVIDER=Postgres</c> the app runs on a PostgreSQL database of its own instead, created on
/// the server of <c>VALUEFIRST_TEST_POSTGRES</c> (one per folder, so a restart finds its data) and dropped with the
/// folder; settings that name a database (<c>Database:Provider</c>) still win.
/// </summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    /// <summary>Set to <c>Postgres</c> to run the app hosts of the tests on PostgreSQL.</summary>
    public const string ProviderVariable = "VALUEFIRST_TEST_PROVIDER";

    /// <summary>A connection string of a role that may create databases (the PostgreSQL tests read it too).</summary>
    public const string PostgresVariable = "VALUEFIRST_TEST_POSTGRES";

    private readonly bool ownsFolder;
    private readonly string? postgresDatabase;

    /// <param name="services">Optional: replaces services after the app registered its own (e.g. a fake <see cref="TimeProvider"/>).</param>
    public TestApp(string? folder = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        ConfigureServices = services;
        ownsFolder = folder is null;
        Folder = folder ?? Directory.CreateTempSubdirectory("valuefirst-test-").FullName;
        Directory.CreateDirectory(ContentFolder);
        Settings = settings ?? new Dictionary<string, string?>();
        if (RunsOnPostgres && !Settings.ContainsKey("Database:Provider"))
        {
            postgresDatabase = CreatePostgresDatabase(Folder);
        }
    }

    /// <summary>Whether <see cref="ProviderVariable"/> asks for PostgreSQL.</summary>
    public static bool RunsOnPostgres =>
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "Postgres", StringComparison.OrdinalIgnoreCase);

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
        if (postgresDatabase is not null)
        {
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:ValueFirst", new NpgsqlConnectionStringBuilder(PostgresServer()) { Database = postgresDatabase }.ConnectionString);
        }
        else
        {
            builder.UseSetting("ConnectionStrings:ValueFirst", $"Data Source={DatabaseFile}");
        }

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
        if (disposing && ownsFolder && postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            ExecutePostgres($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)");
        }

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

    private static string PostgresServer() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException($"{ProviderVariable}=Postgres needs {PostgresVariable}: run `source .ci/services/postgres.sh` first.");

    /// <summary>The folder's own database (named after the folder), created unless a host before this one did.</summary>
    private static string CreatePostgresDatabase(string folder)
    {
        var name = "valuefirst_app_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(folder))))[..24];
        using var connection = new NpgsqlConnection(PostgresServer());
        connection.Open();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (exists.ExecuteScalar() is null)
        {
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            create.ExecuteNonQuery();
        }

        return name;
    }

    private static void ExecutePostgres(string sql)
    {
        try
        {
            using var connection = new NpgsqlConnection(PostgresServer());
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }
        catch (NpgsqlException)
        {
            // The database goes with the server's next reset; a failed drop must not fail a passed test.
        }
    }
}
