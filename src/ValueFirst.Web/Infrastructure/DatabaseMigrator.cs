using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Infrastructure;

/// <summary>Applies EF Core migrations at start-up, so an upgrade keeps existing data.</summary>
public static class DatabaseMigrator
{
    public static void MigrateDatabase(this WebApplication app)
    {
        var paths = app.Services.GetRequiredService<AppPaths>();
        Directory.CreateDirectory(paths.DataDirectory);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        db.Database.Migrate();
        logger.LogInformation("Database ready ({Provider})", db.Database.ProviderName);
    }
}
