using Microsoft.EntityFrameworkCore;
using ValueFirst.Testing.LinkedIn;
using ValueFirst.Web.Tests.Contacts;
using ValueFirst.Web.Tests.Imports;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Database;

/// <summary>
/// On PostgreSQL a large import leaves the planner's statistics up to date for the tables it filled with at least
/// 1,000 rows, so the next queries (and the cascade of a later delete) are not planned for the book as it was before;
/// tables it barely touched are left to autovacuum.
/// </summary>
public sealed class ImportStatisticsTests(PostgresTestDatabases databases) : IClassFixture<PostgresTestDatabases>
{
    [PostgresFact]
    public async Task A_large_import_analyzes_the_tables_it_filled_and_a_small_one_leaves_that_to_autovacuum()
    {
        var database = await databases.CreateDatabaseAsync();
        using var app = database.CreateApp();
        var small = await ContactsTestUsers.CreateUserAsync(app, "small@example.com");
        var large = await ContactsTestUsers.CreateUserAsync(app, "large@example.com");

        Assert.True((await app.ImportAsync(small, new ConnectionsExportBuilder().WithPeople(20).BuildBytes())).Succeeded);
        Assert.Null(await LastAnalyzeAsync(app, "Contact"));

        var export = new LinkedInExportBuilder { Connections = new ConnectionsExportBuilder().WithPeople(1_200), Messages = ExportWorld.Messages() };
        var result = await app.ImportAsync(large, export.BuildZip());

        Assert.True(result.Succeeded, result.Error);
        Assert.NotNull(await LastAnalyzeAsync(app, "Contact"));
        Assert.NotNull(await LastAnalyzeAsync(app, "LedgerTotals"));
        // A handful of messages, far below the threshold: that table is left to autovacuum.
        Assert.Null(await LastAnalyzeAsync(app, "ConversationMessage"));
        Assert.Null(await LastAnalyzeAsync(app, "Interaction"));
    }

    // last_analyze is set by an explicit ANALYZE only; autovacuum's runs go to last_autoanalyze.
    private static Task<DateTime?> LastAnalyzeAsync(TestApp app, string table) =>
        app.WithDbAsync(db => db.Database
            .SqlQuery<DateTime?>($"SELECT last_analyze AS \"Value\" FROM pg_stat_user_tables WHERE relname = {table}")
            .SingleAsync());
}
