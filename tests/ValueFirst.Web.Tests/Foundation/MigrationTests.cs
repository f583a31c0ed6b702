using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Foundation;

public sealed class MigrationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("valuefirst-migrate-").FullName;

    [Fact]
    public async Task Start_up_creates_the_schema_on_an_empty_file_and_keeps_data_across_a_restart()
    {
        using (var first = new TestApp(folder))
        {
            await AccountSession.RegisterAndSignInAsync(first, "restart@example.com");
            var applied = await first.WithDbAsync(db => db.Database.GetAppliedMigrationsAsync());
            Assert.NotEmpty(applied);
        }

        using var second = new TestApp(folder);
        _ = second.CreateClient();
        var users = await second.WithDbAsync(db => db.Users.Select(u => u.Email).ToListAsync());
        var pending = await second.WithDbAsync(db => db.Database.GetPendingMigrationsAsync());

        Assert.Contains("restart@example.com", users);
        Assert.Empty(pending);
        var signedIn = second.CreateBrowserLikeClient();
        var login = await AccountSession.SignInAsync(signedIn, "restart@example.com");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, login.StatusCode);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
