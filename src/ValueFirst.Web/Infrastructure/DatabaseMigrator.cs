using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Infrastructure;

/// <summary>
/// Applies EF Core migrations at start-up, so an upgrade keeps existing data, then runs the features'
/// <see cref="IDatabaseStartupTask"/>s. On PostgreSQL it also prepares Hangfire's schema, under the same lock.
/// </summary>
public static class DatabaseMigrator
{
    /// <summary>The PostgreSQL advisory lock key that app servers starting together queue on ("VFMIGRAT").</summary>
    private const long MigrationLockKey = 0x5646_4D49_4752_4154;

    public static void MigrateDatabase(this WebApplication app)
    {
        // Validate Database:* here, before the first connection, so a missing PostgreSQL connection
        // string stops the app with a message naming the key rather than a driver error.
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(app.Services.GetRequiredService<AppPaths>().DataDirectory);
        }

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        using (var turn = ServersWaitForEachOther(database))
        {
            if (turn is not null)
            {
                // Hangfire's own installer run by two servers at once clashes in PostgreSQL's catalog ("could not find
                // tuple for constraint"): it runs here, one server at a time, and the storage never prepares it itself.
                PostgreSqlObjectsInstaller.Install(turn, DatabaseServiceExtensions.HangfireSchema);
            }

            db.Database.Migrate();
            foreach (var task in scope.ServiceProvider.GetServices<IDatabaseStartupTask>())
            {
                task.RunAsync(db, CancellationToken.None).GetAwaiter().GetResult();
            }

            // SQLite plans with the statistics it was last given: refresh those far from the tables' sizes (cheap when none are).
            BulkLoadStatistics.RefreshAsync(db, [], logger).GetAwaiter().GetResult();
        }

        logger.LogInformation("Database ready ({Provider})", db.Database.ProviderName);
    }

    /// <summary>
    /// On PostgreSQL, app servers starting together take turns: a session-level advisory lock on a connection of its
    /// own is held across every migration and start-up task. EF Core's own migration lock is bound to one migration's
    /// transaction, so with several pending migrations a second server could apply a later one again. SQLite has one
    /// writer at a time and one machine.
    /// </summary>
    private static NpgsqlConnection? ServersWaitForEachOther(DatabaseOptions database)
    {
        if (database.Provider != DatabaseProvider.Postgres)
        {
            return null;
        }

        // Not pooled: closing it must end the session that holds the lock.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using (var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            command.Parameters.AddWithValue("key", MigrationLockKey);
            // The turn comes when the server holding it has migrated (or died, which ends its session): that can take
            // longer than a command's 30 s on a large database or a busy machine, and timing out stopped this server.
            command.CommandTimeout = 0;
            command.ExecuteNonQuery();
        }

        // Closing the connection ends the session, which releases the lock (also when the process dies).
        return connection;
    }
}
