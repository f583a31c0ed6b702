using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Relationships;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// The ledger facts the relationship path and the dashboard read: gives per target for the warm-up (from the
/// interactions), a year of activity per month (from the per-hour counts) and how much of the network was in touch
/// (from the per-contact totals, with imported messages). Every query is scoped to the owner.
/// </summary>
public sealed class LedgerActivity(IDbContextFactory<ApplicationDbContext> dbFactory)
{
    /// <summary>Gives recorded to each of <paramref name="contactIds"/> that is the owner's; contacts with none are left out.</summary>
    public async Task<IReadOnlyDictionary<int, int>> GivesToAsync(string ownerId, IReadOnlyCollection<int> contactIds, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        ArgumentNullException.ThrowIfNull(contactIds);
        if (contactIds.Count == 0)
        {
            return new Dictionary<int, int>();
        }

        var ids = contactIds.Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<Interaction>().AsNoTracking()
            .Where(i => i.OwnerId == ownerId && ids.Contains(i.ContactId) && i.Direction == InteractionDirection.Give)
            .GroupBy(i => i.ContactId)
            .Select(g => new { ContactId = g.Key, Gives = g.Count() })
            .ToDictionaryAsync(g => g.ContactId, g => g.Gives, ct);
    }

    /// <summary>Counts the owner's gives, asks and received value of the tally's twelve months into it, month by month.</summary>
    public async Task CountMonthsAsync(string ownerId, MonthlyTally tally, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        ArgumentNullException.ThrowIfNull(tally);
        var starts = Enumerable.Range(0, MonthlyTally.Months + 1).Select(m => AsUtc(tally.MonthStartUtc(m))).ToArray();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Months are the user's, so each is counted between its own local midnights. Where all fall on whole UTC hours
        // (every zone but the few with half- or quarter-hour offsets) the months are sums of the hourly counts the
        // database keeps; otherwise counts of the interactions themselves on the (owner, time, direction) index.
        var slices = starts.All(OnWholeHour)
            ? db.Set<InteractionHour>().AsNoTracking().Where(h => h.OwnerId == ownerId)
                .Select(h => new TimeSlice { At = h.HourUtc, Direction = h.Direction, Count = h.Count })
            : db.Set<Interaction>().AsNoTracking().Where(i => i.OwnerId == ownerId)
                .Select(i => new TimeSlice { At = i.OccurredUtc, Direction = i.Direction, Count = 1 });
        foreach (var count in await ByMonth(slices, starts).ToListAsync(ct))
        {
            tally.Add(count.Month, count.Direction, count.Count);
        }
    }

    /// <summary>
    /// The twelve months in one statement: a grouped range sum per month, joined by UNION ALL, so each month reads its
    /// own stretch of the index (one comparison per row, where finding a row's month by comparing it with the month
    /// starts took up to twelve). The bounds are parameters, so the statement's shape, and EF Core's cached query, is
    /// the same for every owner and zone.
    /// </summary>
    private static IQueryable<MonthCount> ByMonth(IQueryable<TimeSlice> slices, DateTime[] starts)
    {
        IQueryable<MonthCount>? months = null;
        for (var month = 0; month < starts.Length - 1; month++)
        {
            var (index, from, until) = (month, starts[month], starts[month + 1]);
            var counts = slices
                .Where(x => x.At >= from && x.At < until)
                .GroupBy(x => x.Direction)
                .Select(g => new MonthCount { Month = index, Direction = g.Key, Count = g.Sum(x => x.Count) });
            months = months is null ? counts : months.Concat(counts);
        }

        return months!;
    }

    private sealed class TimeSlice
    {
        public DateTime At { get; init; }

        public InteractionDirection Direction { get; init; }

        public int Count { get; init; }
    }

    private sealed class MonthCount
    {
        public int Month { get; init; }

        public InteractionDirection Direction { get; init; }

        public int Count { get; init; }
    }

    private static bool OnWholeHour(DateTime utc) => utc.Ticks % TimeSpan.TicksPerHour == 0;

    /// <summary>
    /// Connected contacts, and how many of them were in touch since <paramref name="sinceUtc"/>: a ledger entry in any
    /// direction, or an imported LinkedIn message (the contacts list's "last interaction" counts both).
    /// </summary>
    public async Task<NetworkReach> ReachAsync(string ownerId, DateTime sinceUtc, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        // Typed as the columns are: a lifted comparison would make EF Core compile the conversion on every read.
        DateTime? since = DateTime.SpecifyKind(sinceUtc, DateTimeKind.Utc);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // The ledger's totals keep each contact's connection state and latest give, ask and received, and one index
        // holds all four: both counts read that index alone. Two plain counts, as a single statement needed a GROUP BY
        // that sorted every row through a temporary tree first (twice the time on SQLite).
        var connected = db.Set<LedgerTotals>().AsNoTracking()
            .Where(t => t.OwnerId == ownerId && t.ConnectionState == ConnectionState.Connected);
        var total = await connected.CountAsync(ct);
        var reached = await connected.CountAsync(t => t.LastGiveUtc >= since || t.LastAskUtc >= since || t.LastReceivedUtc >= since, ct);
        // Messages only for owners who imported some: the contacts' rows are wide, and most books have none.
        var byMessageOnly = await db.Set<ConversationMessage>().AnyAsync(m => m.OwnerId == ownerId, ct)
            ? await (
                from t in connected
                where !(t.LastGiveUtc >= since || t.LastAskUtc >= since || t.LastReceivedUtc >= since)
                join c in db.Set<Contact>().AsNoTracking() on t.ContactId equals c.Id
                where c.LastMessageUtc >= since
                select c.Id).CountAsync(ct)
            : 0;
        return new NetworkReach(total, reached + byMessageOnly, byMessageOnly);
    }

    private static DateTime AsUtc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
