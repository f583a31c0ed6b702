using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ValueFirst.Web.Data;

/// <summary>
/// Widens SQLite's page cache for one large write on the connection the caller has open (in its transaction), and
/// puts it back afterwards, which frees the pages.
/// </summary>
/// <remarks>
/// A whole LinkedIn export adds index entries across several megabytes of index pages, more than SQLite's default
/// 2 MB cache holds: every insert then reads its page back from the file and writes it out again on the next
/// spill. PostgreSQL's buffers are the server's, so nothing changes there.
/// </remarks>
public static class LargeWriteCache
{
    /// <summary>The cache the write may use, in KiB (SQLite's negative <c>cache_size</c>).</summary>
    public const int CacheKiB = 64 * 1024;

    public static async Task<IAsyncDisposable> WidenAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (!database.IsSqlite() || database.CurrentTransaction is null)
        {
            return Nothing.Instance;
        }

        var connection = database.GetDbConnection();
        await using var read = connection.CreateCommand();
        read.CommandText = "PRAGMA cache_size;";
        var previous = Convert.ToInt64(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        await SetAsync(connection, -CacheKiB, CancellationToken.None);
        return new Restore(connection, previous);
    }

    private static async Task SetAsync(System.Data.Common.DbConnection connection, long size, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA cache_size = {size.ToString(System.Globalization.CultureInfo.InvariantCulture)};";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class Restore(System.Data.Common.DbConnection connection, long previous) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await SetAsync(connection, previous, CancellationToken.None);
            }
        }
    }

    private sealed class Nothing : IAsyncDisposable
    {
        public static readonly Nothing Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
