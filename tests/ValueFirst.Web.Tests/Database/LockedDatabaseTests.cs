using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Ledger;
using ValueFirst.Testing.LinkedIn;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Infrastructure;
using ValueFirst.Web.Tests.Contacts;

namespace ValueFirst.Web.Tests.Database;

/// <summary>
/// Another process holding the SQLite write lock (a second connection in <c>BEGIN EXCLUSIVE</c>): held
/// briefly, the app waits and the write goes through; held past the busy timeout, the write answers
/// "busy" and leaves no rows. The "too long" apps use a 1-second timeout and the lock is held until the
/// write has answered, so no test depends on how fast the machine is.
/// </summary>
public sealed class LockedDatabaseTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    private readonly string folder = Directory.CreateTempSubdirectory("valuefirst-locked-").FullName;

    private TestApp App(int busySeconds) => new(folder, new Dictionary<string, string?>
    {
        ["ConnectionStrings:ValueFirst"] = $"Data Source={Path.Combine(folder, "data", "valuefirst.db")};Default Timeout={busySeconds}",
    });

    [Fact]
    public async Task Interaction_logged_during_a_brief_lock_is_recorded_once_the_lock_is_released()
    {
        using var app = App(busySeconds: 30);
        var (owner, contactId) = await SeedContactAsync(app);
        using var locker = await HoldWriteLockAsync(app);

        // SQLite's "async" calls block while they wait for the lock: run the write off the test's thread.
        var logging = Task.Run(() => LogGiveAsync(app, owner, contactId));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(logging.IsCompleted, "the write must wait for the lock, not fail or slip past it");
        Release(locker);
        var result = await logging.WaitAsync(Guard);

        Assert.Equal(RecordOutcome.Recorded, result.Outcome);
        Assert.Equal(1, await CountInteractionsAsync(app, contactId));
    }

    [Fact]
    public async Task Interaction_logged_while_the_lock_outlasts_the_timeout_answers_busy_and_stores_nothing()
    {
        using var app = App(busySeconds: 1);
        var (owner, contactId) = await SeedContactAsync(app);
        using var locker = await HoldWriteLockAsync(app);

        var result = await LogGiveAsync(app, owner, contactId).WaitAsync(Guard);
        Release(locker);

        Assert.Equal(RecordOutcome.Busy, result.Outcome);
        Assert.Equal(DatabaseBusy.Message, result.Message);
        Assert.Equal(0, await CountInteractionsAsync(app, contactId));
    }

    [Fact]
    public async Task Import_during_a_brief_lock_goes_through_once_the_lock_is_released()
    {
        using var app = App(busySeconds: 30);
        var user = await ContactsTestUsers.CreateUserAsync(app, "brief@example.com");
        using var locker = await HoldWriteLockAsync(app);

        // SQLite's "async" calls block while they wait for the lock: run the import off the test's thread.
        var importing = Task.Run(() => app.ImportAsync(user, new ConnectionsExportBuilder().WithPeople(12).BuildBytes()));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(importing.IsCompleted, "the import must wait for the lock");
        Release(locker);
        var result = await importing.WaitAsync(Guard);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(12, (await app.ContactsOfAsync(user)).Count);
    }

    [Fact]
    public async Task Import_while_the_lock_outlasts_the_timeout_is_refused_whole_and_earlier_contacts_stay()
    {
        using var app = App(busySeconds: 1);
        var user = await ContactsTestUsers.CreateUserAsync(app, "long@example.com");
        await app.ImportAsync(user, new ConnectionsExportBuilder(3).WithPeople(5).BuildBytes());
        var before = (await app.ContactsOfAsync(user)).Select(c => (c.Id, c.Name, c.Company)).ToList();
        using var locker = await HoldWriteLockAsync(app);

        var result = await app.ImportAsync(user, new ConnectionsExportBuilder(4).WithPeople(30).BuildBytes()).WaitAsync(Guard);
        Release(locker);

        Assert.False(result.Succeeded);
        Assert.Contains("database is busy", result.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, (await app.ContactsOfAsync(user)).Select(c => (c.Id, c.Name, c.Company)).ToList());
    }

    [Fact]
    public async Task Default_sqlite_connection_string_waits_a_bounded_time_for_a_lock()
    {
        using var app = new TestApp(folder, new Dictionary<string, string?> { ["ConnectionStrings:ValueFirst"] = "" });

        var connectionString = await app.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));

        var builder = new SqliteConnectionStringBuilder(connectionString);
        Assert.Equal(DatabaseServiceExtensions.SqliteBusyTimeoutSeconds, builder.DefaultTimeout);
        Assert.InRange(builder.DefaultTimeout, 2, 29);
        Assert.Equal(Path.Combine(folder, "data", "valuefirst.db"), builder.DataSource);
    }

    private static async Task<(string Owner, int ContactId)> SeedContactAsync(TestApp app)
    {
        var owner = await ContactsTestUsers.CreateUserAsync(app, "ledger@example.com");
        var contact = new Contact { OwnerId = owner, Name = "Ana Lima", CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow };
        await app.WithDbAsync(async db =>
        {
            db.Add(contact);
            return await db.SaveChangesAsync();
        });
        return (owner, contact.Id);
    }

    private static async Task<RecordResult> LogGiveAsync(TestApp app, string owner, int contactId)
    {
        using var scope = app.Services.CreateScope();
        var log = scope.ServiceProvider.GetRequiredService<InteractionRecorder>();
        return await Task.Run(() => log.RecordAsync(owner, new NewInteraction(contactId, InteractionDirection.Give, InteractionType.SharedTheirPost)));
    }

    private static Task<int> CountInteractionsAsync(TestApp app, int contactId) =>
        app.WithDbAsync(db => db.Set<Interaction>().CountAsync(i => i.ContactId == contactId));

    /// <summary>A second, unpooled connection that takes SQLite's write lock, as another process would.</summary>
    private static async Task<SqliteConnection> HoldWriteLockAsync(TestApp app)
    {
        var file = await app.WithDbAsync(db => Task.FromResult(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource));
        var locker = new SqliteConnection($"Data Source={file};Pooling=False");
        locker.Open();
        using var command = locker.CreateCommand();
        command.CommandText = "BEGIN EXCLUSIVE;";
        command.ExecuteNonQuery();
        return locker;
    }

    private static void Release(SqliteConnection locker)
    {
        using var command = locker.CreateCommand();
        command.CommandText = "COMMIT;";
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A background job may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
