using Microsoft.Data.Sqlite;
using ValueFirst.Web.Infrastructure;

namespace ValueFirst.Web.Tests.Infrastructure;

/// <summary>Each database is a new SQLite file (the default configuration) in a folder of its own.</summary>
public sealed class SqliteTestDatabases : TestDatabaseFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override Task<TestDatabase> CreateDatabaseAsync() =>
        Task.FromResult(new TestDatabase(CreateFolder(), new Dictionary<string, string?>()));

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return base.DisposeAsync();
    }
}
