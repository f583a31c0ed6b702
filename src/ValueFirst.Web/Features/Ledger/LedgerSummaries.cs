using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Ledger;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// Keeps <see cref="ContactLedgerSummary"/> rows right. Every write is followed, in the same transaction, by a
/// recount of the touched contacts from their interactions (an index seek over a few dozen rows each): simple,
/// and correct for a new, removed or back-dated interaction alike. <see cref="LedgerSummaryInterceptor"/> does
/// it for every <c>SaveChanges</c>; a bulk statement that bypasses the change tracker calls <see cref="RefreshAsync"/>.
/// </summary>
public static class LedgerSummaries
{
    internal const string Table = "ContactLedgerSummary";

    /// <summary>Recounts the summaries of <paramref name="contactIds"/> in the caller's transaction (if any).</summary>
    public static async Task RefreshAsync(DbContext db, IReadOnlyCollection<int> contactIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(contactIds);
        if (contactIds.Count == 0)
        {
            return;
        }

        var ids = contactIds.Distinct().ToList();
        var summaries = db.Set<ContactLedgerSummary>().Where(s => ids.Contains(s.ContactId));
        // Locks the existing rows first (PostgreSQL), so two writers on one contact recount one after the other.
        await summaries.ExecuteUpdateAsync(set => set.SetProperty(s => s.Gives, s => s.Gives), ct);
        var fresh = await Count(db, db.Set<Interaction>().Where(i => ids.Contains(i.ContactId))).ToListAsync(ct);
        foreach (var s in fresh)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "ContactLedgerSummary" ("ContactId", "Gives", "Asks", "Received", "LastGiveUtc", "LastAskUtc", "GivesSinceLastAsk")
                VALUES ({s.ContactId}, {s.Gives}, {s.Asks}, {s.Received}, {s.LastGiveUtc}, {s.LastAskUtc}, {s.GivesSinceLastAsk})
                ON CONFLICT ("ContactId") DO UPDATE SET "Gives" = excluded."Gives", "Asks" = excluded."Asks", "Received" = excluded."Received",
                    "LastGiveUtc" = excluded."LastGiveUtc", "LastAskUtc" = excluded."LastAskUtc", "GivesSinceLastAsk" = excluded."GivesSinceLastAsk"
                """, ct);
        }

        // A contact whose last interaction went has no summary, like one that never had any.
        var gone = ids.Except(fresh.Select(s => s.ContactId)).ToList();
        if (gone.Count > 0)
        {
            await db.Set<ContactLedgerSummary>().Where(s => gone.Contains(s.ContactId)).ExecuteDeleteAsync(ct);
        }
    }

    /// <summary>
    /// Creates the missing summaries of contacts that have interactions: once after the upgrade that added the
    /// table, and for rows written outside the app (a bulk load). Cheap when nothing is missing: one anti-join.
    /// </summary>
    public static async Task<int> BackfillAsync(DbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var summaries = db.Set<ContactLedgerSummary>();
        var missing = db.Set<Interaction>().Where(i => !summaries.Any(s => s.ContactId == i.ContactId));
        var rows = await Count(db, missing).AsNoTracking().ToListAsync(ct);
        foreach (var chunk in rows.Chunk(2000))
        {
            summaries.AddRange(chunk);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return rows.Count;
    }

    /// <summary>The summary of each contact among <paramref name="interactions"/>, counted by the database.</summary>
    private static IQueryable<ContactLedgerSummary> Count(DbContext db, IQueryable<Interaction> interactions)
    {
        var all = db.Set<Interaction>();
        return interactions
            .GroupBy(i => i.ContactId)
            .Select(g => new
            {
                ContactId = g.Key,
                Gives = g.Count(x => x.Direction == InteractionDirection.Give),
                Asks = g.Count(x => x.Direction == InteractionDirection.Ask),
                Received = g.Count(x => x.Direction == InteractionDirection.Received),
                LastGive = g.Where(x => x.Direction == InteractionDirection.Give).Max(x => (DateTime?)x.OccurredUtc),
                LastAsk = g.Where(x => x.Direction == InteractionDirection.Ask).Max(x => (DateTime?)x.OccurredUtc),
            })
            .Select(g => new ContactLedgerSummary
            {
                ContactId = g.ContactId,
                Gives = g.Gives,
                Asks = g.Asks,
                Received = g.Received,
                LastGiveUtc = g.LastGive,
                LastAskUtc = g.LastAsk,
                // A range count on (contact, direction, time) per contact that has asked.
                GivesSinceLastAsk = g.LastAsk == null
                    ? g.Gives
                    : all.Count(x => x.ContactId == g.ContactId && x.Direction == InteractionDirection.Give && x.OccurredUtc > g.LastAsk),
            });
    }
}
