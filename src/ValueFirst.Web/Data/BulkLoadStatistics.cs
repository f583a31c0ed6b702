using Microsoft.EntityFrameworkCore;

namespace ValueFirst.Web.Data;

/// <summary>
/// After a large write on PostgreSQL, brings the planner's statistics for the written tables up to date (ANALYZE), as
/// PostgreSQL's guide to populating a database advises. SQLite plans without row statistics, so nothing runs there.
/// </summary>
/// <remarks>
/// Until autovacuum gets to them, plans are made from the row counts before the write, and PostgreSQL keeps the plans
/// of its foreign-key actions for the connection's life. After a whole LinkedIn export went into an empty book,
/// deleting those 22,000 contacts ran its cascade to 100,000 messages as one full scan per contact: over 30 s, against
/// 3 s with fresh statistics. ANALYZE also invalidates those cached plans.
/// </remarks>
public static class BulkLoadStatistics
{
    /// <summary>Fewer rows than this do not move a plan; refreshing would cost more than it saves.</summary>
    public const int MinimumRows = 1_000;

    /// <summary>
    /// Refreshes the tables of <paramref name="entityTypes"/> and every table whose rows reference them: those are the
    /// tables a delete cascades to, and where other features keep rows alongside (a new contact's ledger totals).
    /// </summary>
    public static async Task RefreshAsync(DbContext db, int rowsWritten, IEnumerable<Type> entityTypes, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entityTypes);
        ArgumentNullException.ThrowIfNull(logger);
        if (rowsWritten < MinimumRows || !db.Database.IsNpgsql())
        {
            return;
        }

        var written = entityTypes
            .Select(type => db.Model.FindEntityType(type) ?? throw new ArgumentException($"{type.Name} is not mapped.", nameof(entityTypes)))
            .ToList();
        var tables = written
            .Concat(written.SelectMany(t => t.GetReferencingForeignKeys()).Select(fk => fk.DeclaringEntityType))
            .Select(t => t.GetTableName())
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(name => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        try
        {
            // Table names come from the model, not from input.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"ANALYZE {string.Join(", ", tables)};", cancellationToken);
#pragma warning restore EF1002
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The write is committed; stale statistics only slow queries until autovacuum catches up.
            logger.LogWarning(e, "Refreshing the planner's statistics after a large write failed");
        }
    }
}
