using Microsoft.EntityFrameworkCore;
using Npgsql;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Database;

/// <summary>
/// The app's contexts take pooled PostgreSQL sessions as the last context left them (no <c>DISCARD ALL</c> in between),
/// which is why no code may leave session state behind: <c>SET LOCAL</c> inside a transaction, never <c>SET</c>.
/// </summary>
public sealed class PostgresSessionTests(PostgresTestDatabases databases) : IClassFixture<PostgresTestDatabases>
{
    [PostgresFact]
    public async Task A_pooled_session_is_not_reset_between_the_apps_contexts()
    {
        var database = await databases.CreateDatabaseAsync();
        using var app = database.StartApp();

        var before = await app.WithDbAsync(db => ApplicationNameAsync(db));
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("SET application_name = 'left-behind'"));
        var after = await app.WithDbAsync(db => ApplicationNameAsync(db));
        var resetting = new NpgsqlConnectionStringBuilder(database.Settings["ConnectionStrings:ValueFirst"]).NoResetOnClose;

        Assert.NotEqual("left-behind", before);
        Assert.Equal("left-behind", after);
        Assert.False(resetting); // the connection string the app was given leaves the reset on: the app turns it off
    }

    private static Task<string> ApplicationNameAsync(Web.Data.ApplicationDbContext db) =>
        db.Database.SqlQueryRaw<string>("SELECT current_setting('application_name') AS \"Value\"").SingleAsync();
}
