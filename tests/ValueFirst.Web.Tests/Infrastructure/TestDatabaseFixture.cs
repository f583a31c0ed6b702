using ValueFirst.Web.Infrastructure;

namespace ValueFirst.Web.Tests.Infrastructure;

/// <summary>
/// Creates a fresh, empty database per test for one provider; disposing the fixture removes them all.
/// Provider-independent tests take a fixture of this type and run once per provider.
/// </summary>
public abstract class TestDatabaseFixture : IAsyncLifetime
{
    private readonly List<string> folders = [];

    public abstract DatabaseProvider Provider { get; }

    public abstract Task<TestDatabase> CreateDatabaseAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        foreach (var folder in folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A host may still hold a file for a moment; the OS cleans its temp folder.
            }
        }

        return Task.CompletedTask;
    }

    protected string CreateFolder()
    {
        var folder = Directory.CreateTempSubdirectory("valuefirst-db-").FullName;
        folders.Add(folder);
        return folder;
    }
}
