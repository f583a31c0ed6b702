using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Infrastructure;

/// <summary>
/// Wires the configured database (<c>Database:Provider</c>): EF Core, Hangfire's job storage, the health check and the
/// data-protection key ring. SQLite: one machine, jobs in memory. PostgreSQL: several app servers on one
/// database, every Hangfire server taking jobs from the same queue (schema <c>hangfire</c>).
/// </summary>
public static class DatabaseServiceExtensions
{
    /// <summary>Hangfire's tables live beside the app's, in a schema of their own.</summary>
    public const string HangfireSchema = "hangfire";

    /// <summary>
    /// How long a command waits for another process's lock on the SQLite file before it fails with
    /// SQLITE_BUSY (Microsoft.Data.Sqlite retries until the command timeout). Long enough for a backup
    /// step, a sqlite3 shell's short transaction or a large import of another user; short enough that a
    /// page answers "busy, try again" (<see cref="DatabaseBusy"/>) instead of hanging for the default 30 s.
    /// </summary>
    public const int SqliteBusyTimeoutSeconds = 10;

    /// <summary>The SQLite file in the data folder, with the busy timeout above.</summary>
    public static string DefaultSqliteConnectionString(AppPaths paths) => new SqliteConnectionStringBuilder
    {
        DataSource = paths.DefaultDatabaseFile,
        DefaultTimeout = SqliteBusyTimeoutSeconds,
    }.ToString();

    public static void AddDatabase(this WebApplicationBuilder builder, AppPaths paths)
    {
        var services = builder.Services;
        services.AddOptions<DatabaseOptions>()
            .Bind(builder.Configuration.GetSection(DatabaseOptions.Section))
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName))
            .Validate(
                options => options.IsComplete,
                $"{DatabaseOptions.Section}:Provider is Postgres, so ConnectionStrings:{DatabaseOptions.ConnectionStringName} must be set " +
                "(e.g. Host=db;Database=valuefirst;Username=valuefirst;Password=...).")
            .ValidateOnStart();

        var database = ReadOptions(builder.Configuration);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            // An empty connection string fails validation before the first query (see MigrateDatabase).
            var connectionString = WithoutSessionReset(database.ConnectionString ?? "");
            void UsePostgres(IServiceProvider provider, DbContextOptionsBuilder db) => db.UseNpgsql(connectionString).AddInterceptors(provider.GetServices<IInterceptor>());
            services.AddDbContext<ApplicationDbContext, PostgresApplicationDbContext>(UsePostgres);
            services.AddDbContextFactory<PostgresApplicationDbContext>(UsePostgres, ServiceLifetime.Scoped);
            services.AddScoped<IDbContextFactory<ApplicationDbContext>, DerivedDbContextFactory<PostgresApplicationDbContext>>();
        }
        else
        {
            var connectionString = string.IsNullOrWhiteSpace(database.ConnectionString)
                ? DefaultSqliteConnectionString(paths)
                : database.ConnectionString;
            void UseSqlite(IServiceProvider provider, DbContextOptionsBuilder db) =>
                db.UseSqlite(connectionString)
                    .UsePlainSqliteConnections()
                    .AddInterceptors(provider.GetServices<IInterceptor>().Append(SqliteMemoryMap.Instance));
            services.AddDbContext<ApplicationDbContext>(UseSqlite);
            services.AddDbContextFactory<ApplicationDbContext>(UseSqlite, ServiceLifetime.Scoped);
        }

        services.AddSingleton(_ => CreateJobStorage(database));
        services.AddDatabaseDeveloperPageExceptionFilter();
        services.AddHealthChecks().AddDbContextCheck<ApplicationDbContext>("database");

        // Keys in the database (both providers): a cookie or antiforgery token issued by one app server
        // is read by every other. The fixed application name keeps servers installed in different
        // folders in one key ring.
        services.AddDataProtection()
            .SetApplicationName("ValueFirst")
            .PersistKeysToDbContext<ApplicationDbContext>();
    }

    /// <summary>
    /// The app's own contexts skip Npgsql's reset of a pooled session (<c>DISCARD ALL</c> before its next use): they
    /// leave no session state behind (no <c>SET</c>, temporary table or <c>LISTEN</c>; the start-up lock has an unpooled
    /// connection of its own, Hangfire's storage its own pool), and the reset cost every DbContext, a few dozen per
    /// dashboard, server work and client time: under 20 clients a third fewer requests/s.
    /// </summary>
    internal static string WithoutSessionReset(string connectionString)
    {
        if (connectionString.Length == 0)
        {
            return connectionString;
        }

        try
        {
            return new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not a valid PostgreSQL connection string: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Hangfire's job storage to match the database, as this host's own singleton: Hangfire's static
    /// <c>JobStorage.Current</c> is shared by every host in a process (tests start several).
    /// </summary>
    private static JobStorage CreateJobStorage(DatabaseOptions database)
    {
        if (database.Provider != DatabaseProvider.Postgres)
        {
            return new InMemoryStorage(new InMemoryStorageOptions());
        }

        var options = new PostgreSqlStorageOptions
        {
            SchemaName = HangfireSchema,
            // DatabaseMigrator prepares the schema at start-up, under the lock that makes servers take turns.
            PrepareSchemaIfNecessary = false,
            // Keeps a long job invisible to the other servers while it runs, instead of handing it
            // to a second server once InvisibilityTimeout passes.
            UseSlidingInvisibilityTimeout = true,
            // LISTEN/NOTIFY: a server picks an enqueued job up at once instead of at its next poll.
            EnableLongPolling = true,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString ?? "", options), options);
    }

    private static DatabaseOptions ReadOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        options.ConnectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        return options;
    }
}
