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
    // Npgsql hands idle sessions out first-in first-out, and the app's start-up work may have put more than one in the
    // pool: the session that was SET comes back within as many opens as the pool has idle sessions, not necessarily next.
    private const int OpensToCycleThePool = 20;

    [PostgresFact]
    public async Task A_pooled_session_is_not_reset_between_the_apps_contexts()
    {
        var database = await databases.CreateDatabaseAsync();
        using var app = database.StartApp();

        var before = await app.WithDbAsync(db => SessionAsync(db));
        var changed = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync(); // both statements on one session
            await db.Database.ExecuteSqlRawAsync("SET application_name = 'left-behind'");
            return await SessionAsync(db);
        });
        var later = new List<Session>();
        for (var i = 0; i < OpensToCycleThePool && !later.Any(s => s.Pid == changed.Pid); i++)
        {
            later.Add(await app.WithDbAsync(db => SessionAsync(db)));
        }
        var resetting = new NpgsqlConnectionStringBuilder(database.Settings["ConnectionStrings:ValueFirst"]).NoResetOnClose;

        Assert.NotEqual("left-behind", before.Name);
        var reused = Assert.Single(later, s => s.Pid == changed.Pid);
        Assert.Equal("left-behind", reused.Name);
        Assert.False(resetting); // the connection string the app was given leaves the reset on: the app turns it off
    }

    private static Task<Session> SessionAsync(Web.Data.ApplicationDbContext db) =>
        db.Database.SqlQueryRaw<Session>(
            "SELECT pg_backend_pid() AS \"Pid\", current_setting('application_name') AS \"Name\"").SingleAsync();

    private sealed record Session(int Pid, string Name);
}
