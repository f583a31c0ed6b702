using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Relationships;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// The ledger facts the relationship path reads, straight from the interactions (not from the per-contact totals the
/// balance keeps): gives per target for the warm-up, a year of activity per month and
/// how much of the network it reached. Every query is scoped to the owner.
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
        var start = DateTime.SpecifyKind(tally.StartUtc, DateTimeKind.Utc);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Streamed rather than grouped in SQL: months are the user's, and a UTC day does not fall in one local month.
        var year = db.Set<Interaction>().AsNoTracking()
            .Where(i => i.OwnerId == ownerId && i.OccurredUtc >= start)
            .Select(i => new { i.OccurredUtc, i.Direction })
            .AsAsyncEnumerable()
            .WithCancellation(ct);
        await foreach (var interaction in year)
        {
            tally.Add(AsUtc(interaction.OccurredUtc), interaction.Direction);
        }
    }

    /// <summary>Connected contacts, and how many of them had an interaction (any direction) since <paramref name="sinceUtc"/>.</summary>
    public async Task<NetworkReach> ReachAsync(string ownerId, DateTime sinceUtc, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        var since = DateTime.SpecifyKind(sinceUtc, DateTimeKind.Utc);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connected = db.Set<Contact>().AsNoTracking().Where(c => c.OwnerId == ownerId && c.State == ConnectionState.Connected);
        var total = await connected.CountAsync(ct);
        var reached = await connected
            .CountAsync(c => db.Set<Interaction>().Any(i => i.ContactId == c.Id && i.OccurredUtc >= since), ct);
        return new NetworkReach(total, reached);
    }

    private static DateTime AsUtc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
