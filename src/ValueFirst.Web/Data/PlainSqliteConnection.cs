using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace ValueFirst.Web.Data;

#pragma warning disable EF1001 // EF Core's SQLite connection is internal API; CreateDbConnection is its one documented seam.

/// <summary>
/// EF Core's SQLite connection without the twelve user-defined functions it registers on every connection it creates
/// (<c>regexp</c> and the <c>ef_*</c> decimal helpers), which this model never calls: it has no decimal column and
/// no query uses <c>Regex</c>.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite registers a connection's functions each time it takes a handle from the pool and removes them
/// when it gives it back: 24 <c>sqlite3_create_function</c> calls, each with a new finalizable callback handle, for
/// every DbContext. The app takes a DbContext per operation, dozens per page under load, and the finalizer thread spent
/// most of a core releasing those handles. A query that needed one of the functions would fail with
/// "no such function", which the tests would show.
/// </remarks>
public sealed class PlainSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    private readonly int? commandTimeout = RelationalOptionsExtension.Extract(dependencies.ContextOptions).CommandTimeout;

    protected override DbConnection CreateDbConnection()
    {
        var connection = new SqliteConnection(GetValidatedConnectionString());
        if (commandTimeout is { } timeout)
        {
            connection.DefaultTimeout = timeout;
        }

        return connection;
    }
}

/// <summary>Registers <see cref="PlainSqliteConnection"/> as the SQLite connection of a context's options.</summary>
public static class PlainSqliteConnectionExtensions
{
    public static DbContextOptionsBuilder UsePlainSqliteConnections(this DbContextOptionsBuilder options) =>
        options.ReplaceService<ISqliteRelationalConnection, PlainSqliteConnection>();
}
