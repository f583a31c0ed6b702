using Microsoft.Data.Sqlite;

namespace ValueFirst.Web.Infrastructure;

/// <summary>
/// Recognises "another process holds the SQLite file longer than our busy timeout" (SQLITE_BUSY /
/// SQLITE_LOCKED after Microsoft.Data.Sqlite's retries), so a write can answer with a clear message
/// and roll back instead of crashing the page. The wait itself is the connection string's
/// <c>Default Timeout</c> (see <see cref="DatabaseServiceExtensions.SqliteBusyTimeoutSeconds"/>).
/// </summary>
public static class DatabaseBusy
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public const string Message =
        "The database is busy (another program is holding it, such as a backup or a sqlite3 shell), so nothing was saved. Try again in a moment.";

    /// <summary>True when <paramref name="exception"/> or an inner one is SQLite's busy or locked error.</summary>
    public static bool IsBusy(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked })
            {
                return true;
            }
        }

        return false;
    }
}
