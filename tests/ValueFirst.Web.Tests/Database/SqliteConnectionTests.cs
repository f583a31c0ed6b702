using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Tests.Database;

/// <summary>
/// How the app's SQLite connections are set up: every one, new or back from the pool, reads the file through a memory
/// map, and none carries EF Core's user-defined functions (registered and removed on every open, and never called).
/// </summary>
public sealed class SqliteConnectionTests
{
    [Fact]
    public async Task Each_context_of_the_app_reads_through_a_memory_map_whether_its_connection_is_new_or_pooled()
    {
        using var app = new TestApp();

        // Two at once take two connections; the next ones get those back from the pool.
        var together = await Task.WhenAll(MemoryMapAsync(app), MemoryMapAsync(app));
        var pooled = await MemoryMapAsync(app);
        var factoryMade = await FactoryMemoryMapAsync(app);

        Assert.All(together, size => Assert.Equal(SqliteMemoryMap.MaxBytes, size));
        Assert.Equal(SqliteMemoryMap.MaxBytes, pooled);
        Assert.Equal(SqliteMemoryMap.MaxBytes, factoryMade);
    }

    [Fact]
    public async Task A_context_of_the_app_opens_its_connection_without_registering_functions_and_still_reads_and_writes()
    {
        using var app = new TestApp();

        var functions = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT count(*) FROM pragma_function_list WHERE name = 'regexp' OR name LIKE 'ef\\_%' ESCAPE '\\';";
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        });
        var user = await ValueFirst.Web.Tests.Contacts.ContactsTestUsers.CreateUserAsync(app, "plain@example.com");

        Assert.Equal(0, functions);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == user)));
    }

    private static async Task<long> MemoryMapAsync(TestApp app)
    {
        using var scope = app.Services.CreateScope();
        return await ReadAsync(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }

    private static async Task<long> FactoryMemoryMapAsync(TestApp app)
    {
        using var scope = app.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ApplicationDbContext>>().CreateDbContextAsync();
        return await ReadAsync(db);
    }

    private static async Task<long> ReadAsync(ApplicationDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA mmap_size;";
            // Holds the connection open past this point, so the two reads run side by side take two connections.
            await Task.Yield();
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
