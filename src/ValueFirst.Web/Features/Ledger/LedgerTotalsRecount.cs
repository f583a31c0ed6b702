using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// Keeps <see cref="LedgerTotals"/> rows and each contact's <see cref="Contact.LastInteractionUtc"/> right. Every write
/// is followed, in the same transaction, by a recount of the touched contacts from their interactions (an index seek
/// over a few dozen rows each): simple, and correct for a new, removed or back-dated interaction alike.
/// <see cref="LedgerTotalsInterceptor"/> does it for every <c>SaveChanges</c>.
/// </summary>
public static class LedgerTotalsRecount
{
    internal const string Table = "LedgerTotals";

    /// <summary>Recounts the totals of <paramref name="contactIds"/> in the caller's transaction (if any).</summary>
    public static async Task RefreshAsync(DbContext db, IReadOnlyCollection<int> contactIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(contactIds);
        if (contactIds.Count == 0)
        {
            return;
        }

        var ids = contactIds.Distinct().ToList();
        // Locks the contacts' rows first (PostgreSQL), so two writers on one contact count one after the other and the
        // second sees the first's interaction; the contact row exists even before its first interaction.
        var contacts = db.Set<Contact>().Where(c => ids.Contains(c.Id));
        await contacts.ExecuteUpdateAsync(set => set.SetProperty(c => c.LastInteractionUtc, c => c.LastInteractionUtc), ct);
        var fresh = await Count(db.Set<Interaction>().Where(i => ids.Contains(i.ContactId)), db.Set<Interaction>()).ToListAsync(ct);
        foreach (var s in fresh)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "LedgerTotals" ("ContactId", "Gives", "Asks", "Received", "LastGiveUtc", "LastAskUtc", "GivesSinceLastAsk")
                VALUES ({s.ContactId}, {s.Gives}, {s.Asks}, {s.Received}, {s.LastGiveUtc}, {s.LastAskUtc}, {s.GivesSinceLastAsk})
                ON CONFLICT ("ContactId") DO UPDATE SET "Gives" = excluded."Gives", "Asks" = excluded."Asks", "Received" = excluded."Received",
                    "LastGiveUtc" = excluded."LastGiveUtc", "LastAskUtc" = excluded."LastAskUtc", "GivesSinceLastAsk" = excluded."GivesSinceLastAsk"
                """, ct);
            var last = s.LastInteractionUtc;
            await db.Set<Contact>().Where(c => c.Id == s.ContactId).ExecuteUpdateAsync(set => set.SetProperty(c => c.LastInteractionUtc, last), ct);
        }

        // A contact whose last interaction went has no totals, like one that never had any.
        var gone = ids.Except(fresh.Select(s => s.ContactId)).ToList();
        if (gone.Count > 0)
        {
            await db.Set<LedgerTotals>().Where(s => gone.Contains(s.ContactId)).ExecuteDeleteAsync(ct);
            await db.Set<Contact>().Where(c => gone.Contains(c.Id)).ExecuteUpdateAsync(set => set.SetProperty(c => c.LastInteractionUtc, (DateTime?)null), ct);
        }
    }

    /// <summary>
    /// Counts the totals of contacts that have interactions but no totals: rows written outside the app (a bulk load,
    /// a restore of an older backup). Cheap when nothing is missing: one anti-join.
    /// </summary>
    /// <returns>How many contacts were counted.</returns>
    public static async Task<int> BackfillAsync(DbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var totals = db.Set<LedgerTotals>();
        var missing = await db.Set<Interaction>()
            .Where(i => !totals.Any(s => s.ContactId == i.ContactId))
            .Select(i => i.ContactId)
            .Distinct()
            .ToListAsync(ct);
        foreach (var chunk in missing.Chunk(500))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await RefreshAsync(db, chunk, ct);
            await transaction.CommitAsync(ct);
        }

        return missing.Count;
    }

    /// <summary>The totals of each contact among <paramref name="interactions"/>, counted by the database.</summary>
    private static IQueryable<Counted> Count(IQueryable<Interaction> interactions, IQueryable<Interaction> all) =>
        interactions
            .GroupBy(i => i.ContactId)
            .Select(g => new
            {
                ContactId = g.Key,
                Gives = g.Count(x => x.Direction == InteractionDirection.Give),
                Asks = g.Count(x => x.Direction == InteractionDirection.Ask),
                Received = g.Count(x => x.Direction == InteractionDirection.Received),
                LastGive = g.Where(x => x.Direction == InteractionDirection.Give).Max(x => (DateTime?)x.OccurredUtc),
                LastAsk = g.Where(x => x.Direction == InteractionDirection.Ask).Max(x => (DateTime?)x.OccurredUtc),
                Last = g.Max(x => (DateTime?)x.OccurredUtc),
            })
            .Select(g => new Counted
            {
                ContactId = g.ContactId,
                Gives = g.Gives,
                Asks = g.Asks,
                Received = g.Received,
                LastGiveUtc = g.LastGive,
                LastAskUtc = g.LastAsk,
                LastInteractionUtc = g.Last,
                // A range count on (contact, direction, time) per contact that has asked.
                GivesSinceLastAsk = g.LastAsk == null
                    ? g.Gives
                    : all.Count(x => x.ContactId == g.ContactId && x.Direction == InteractionDirection.Give && x.OccurredUtc > g.LastAsk),
            });

    private sealed class Counted
    {
        public int ContactId { get; init; }

        public int Gives { get; init; }

        public int Asks { get; init; }

        public int Received { get; init; }

        public DateTime? LastGiveUtc { get; init; }

        public DateTime? LastAskUtc { get; init; }

        public DateTime? LastInteractionUtc { get; init; }

        public int GivesSinceLastAsk { get; init; }
    }
}
