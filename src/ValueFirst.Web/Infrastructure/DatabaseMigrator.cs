using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Ledger;

namespace ValueFirst.Web.Infrastructure;

/// <summary>Applies EF Core migrations at start-up, so an upgrade keeps existing data.</summary>
public static class DatabaseMigrator
{
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
        // EF Core (9 and later) holds a database-wide migration lock while it migrates, so app servers
        // starting together apply each migration once and wait for each other.
        db.Database.Migrate();
        // Summaries for interactions the app did not write itself (the upgrade that added them, a bulk load).
        var backfilled = LedgerSummaries.BackfillAsync(db).GetAwaiter().GetResult();
        if (backfilled > 0)
        {
            logger.LogInformation("Counted the ledger summaries of {Contacts} contacts", backfilled);
        }

        logger.LogInformation("Database ready ({Provider})", db.Database.ProviderName);
    }
}
