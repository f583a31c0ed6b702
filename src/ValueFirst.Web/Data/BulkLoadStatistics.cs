using Microsoft.EntityFrameworkCore;

namespace ValueFirst.Web.Data;

/// <summary>
/// After a large write, brings the planner's statistics up to date: on PostgreSQL ANALYZE of the tables it changed, as
/// PostgreSQL's guide to populating a database advises; on SQLite <c>PRAGMA optimize</c>, which analyzes (sampling)
/// the tables whose statistics are missing or far from their size, as SQLite advises for long-lived connections.
/// </summary>
/// <remarks>
/// Until autovacuum gets to them, plans are made from the row counts before the write, and PostgreSQL keeps the plans
/// of its foreign-key actions for the connection's life. After a whole LinkedIn export went into an empty book,
/// deleting those 22,000 contacts ran its cascade to 100,000 messages as one full scan per contact: over 30 s, against
/// 3 s with fresh statistics. ANALYZE also invalidates those cached plans. SQLite without statistics assumes an
/// equality matches ten rows: it read a page's 50 contacts "by id" by walking all 20,000 of the owner's and testing each
/// against the list, where with statistics it looks the 50 up by key.
/// </remarks>
public static class BulkLoadStatistics
{
    /// <summary>A table with fewer rows written than this keeps its statistics: they would not move a plan.</summary>
    public const int MinimumRows = 1_000;

    /// <summary>
    /// The tables the current transaction has inserted, updated or deleted at least <see cref="MinimumRows"/> rows of
    /// (PostgreSQL counts them per transaction); read before the commit, refreshed after it by <see cref="RefreshAsync"/>.
    /// </summary>
    public static async Task<IReadOnlyList<string>> TablesChangedAsync(DbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsNpgsql())
        {
            return [];
        }

        return await db.Database
            .SqlQuery<string>($"""
                SELECT quote_ident(schemaname) || '.' || quote_ident(relname) AS "Value" FROM pg_stat_xact_user_tables
                WHERE n_tup_ins + n_tup_upd + n_tup_del >= {MinimumRows} ORDER BY 1
                """)
            .ToListAsync(ct);
    }

    /// <summary>
    /// <c>PRAGMA optimize</c> with every table considered (0x10000), each read in full (analysis_limit 0); a table
    /// whose statistics are current is left alone.
    /// </summary>
    /// <remarks>
    /// Sampling (analysis_limit 400) estimated 401 contacts per owner where the owner had 20,000: the planner then
    /// walked all of them in fit order to find twenty matching tags, and the weekly hour took 119 ms instead of 66.
    /// Reading everything took 0.3 s for 23,000 contacts and 575,000 interactions.
    /// </remarks>
    public const string SqliteOptimize = "PRAGMA analysis_limit = 0; PRAGMA optimize = 0x10002;";

    /// <summary>
    /// Runs ANALYZE on <paramref name="tables"/> (names as <see cref="TablesChangedAsync"/> gives them) on PostgreSQL,
    /// <see cref="SqliteOptimize"/> on SQLite; a failure is logged, not thrown.
    /// </summary>
    public static async Task RefreshAsync(DbContext db, IReadOnlyList<string> tables, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(logger);
        if (db.Database.IsSqlite())
        {
            await RunAsync(db, SqliteOptimize, logger);
            return;
        }

        if (tables.Count == 0)
        {
            return;
        }

        // The names come from PostgreSQL's catalog, quoted by quote_ident, not from input.
        await RunAsync(db, $"ANALYZE {string.Join(", ", tables)};", logger);
    }

    private static async Task RunAsync(DbContext db, string sql, ILogger logger)
    {
        try
        {
#pragma warning disable EF1002 // Constant SQL, or table names from the catalog (see the callers).
            await db.Database.ExecuteSqlRawAsync(sql);
#pragma warning restore EF1002
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The write is committed; stale statistics only slow queries until autovacuum catches up.
            logger.LogWarning(e, "Refreshing the planner's statistics after a large write failed");
        }
    }
}
