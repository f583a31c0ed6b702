using Microsoft.EntityFrameworkCore;

namespace ValueFirst.Web.Data;

/// <summary>
/// After a large write on PostgreSQL, brings the planner's statistics for the tables it changed up to date (ANALYZE),
/// as PostgreSQL's guide to populating a database advises. SQLite plans without row statistics, so nothing runs there.
/// </summary>
/// <remarks>
/// Until autovacuum gets to them, plans are made from the row counts before the write, and PostgreSQL keeps the plans
/// of its foreign-key actions for the connection's life. After a whole LinkedIn export went into an empty book,
/// deleting those 22,000 contacts ran its cascade to 100,000 messages as one full scan per contact: over 30 s, against
/// 3 s with fresh statistics. ANALYZE also invalidates those cached plans.
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

    /// <summary>Runs ANALYZE on <paramref name="tables"/> (names as <see cref="TablesChangedAsync"/> gives them); a failure is logged, not thrown.</summary>
    public static async Task RefreshAsync(DbContext db, IReadOnlyList<string> tables, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(logger);
        if (tables.Count == 0)
        {
            return;
        }

        try
        {
            // The names come from PostgreSQL's catalog, quoted by quote_ident, not from input.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"ANALYZE {string.Join(", ", tables)};");
#pragma warning restore EF1002
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The write is committed; stale statistics only slow queries until autovacuum catches up.
            logger.LogWarning(e, "Refreshing the planner's statistics after a large write failed");
        }
    }
}
