using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ValueFirst.Web.Data;

/// <summary>
/// Has each SQLite connection read the database file through a memory map (<c>PRAGMA mmap_size</c>) instead of one
/// <c>read</c> system call per page it misses in its own small page cache.
/// </summary>
/// <remarks>
/// Every operation takes its own DbContext and so a pooled connection, each with a separate 2 MB page cache; reading a
/// page of the ledger or a month's counts missed those caches and paid a system call per 4 KiB page, the largest part
/// of the app's kernel time under load. Mapped pages are shared with the operating system's file cache. The setting is
/// per connection and outlives its return to the pool, so it is applied once per underlying SQLite handle.
/// </remarks>
public sealed class SqliteMemoryMap : DbConnectionInterceptor
{
    /// <summary>The most of the file mapped: address space, not memory (pages are the OS's file cache).</summary>
    public const long MaxBytes = 1L << 30;

    public static readonly SqliteMemoryMap Instance = new();

    private readonly ConditionalWeakTable<object, object> configured = [];

    private SqliteMemoryMap()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || configured.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = sqlite.CreateCommand();
        command.CommandText = $"PRAGMA mmap_size = {MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)};";
        command.ExecuteNonQuery();
        configured.AddOrUpdate(handle, this);
    }
}
