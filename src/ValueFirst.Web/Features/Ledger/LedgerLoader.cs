using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Time;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// Loads contacts with their <see cref="ContactLedgerFacts"/>: the all-time figures from each contact's
/// <see cref="LedgerTotals"/> (kept on write), the 90-day window from the last 90 days of interactions,
/// so a user with 500,000 interactions reads one small row per contact, never the whole history.
/// </summary>
internal static class LedgerLoader
{
    public static async Task<LedgerInputs> GetInputsAsync(ApplicationDbContext db, string ownerId, UserClock clock, CancellationToken ct)
    {
        var settings = await LedgerSettingsStore.FindAsync(db, ownerId, ct);
        return new LedgerInputs(settings?.ToReadinessSettings() ?? ReadinessSettings.Default, await clock.NowAsync(db, ownerId, ct));
    }

    /// <summary>The owner's contacts matching <paramref name="contacts"/> (already filtered by owner), each with its facts.</summary>
    public static async Task<List<LedgerContact>> LoadAsync(
        ApplicationDbContext db, string ownerId, IQueryable<Contact> contacts, LedgerInputs inputs, int? onlyContactId, CancellationToken ct)
    {
        // One row per contact: its profile and its summary, kept up to date on write (no summary: no interactions).
        var profiles = await (
                from c in contacts.AsNoTracking()
                join s in db.Set<LedgerTotals>().AsNoTracking() on c.Id equals s.ContactId into summaries
                from s in summaries.DefaultIfEmpty()
                select new { c.Id, c.Name, c.Company, c.Position, c.Tags, c.Role, c.State, c.FitScore, c.GiveCadenceDays, c.ConnectedOn, c.RoleChangedOn, c.CreatedUtc, c.InvitedOn, Summary = s })
            .ToListAsync(ct);
        if (profiles.Count == 0)
        {
            return [];
        }

        var window = await WindowCountsAsync(db, ownerId, onlyContactId, inputs.WindowStartUtc, ct);
        var contactsWithFacts = new List<LedgerContact>(profiles.Count);
        foreach (var p in profiles)
        {
            var firstSeenOn = LocalDays.DateOf(AsUtc(p.CreatedUtc)!.Value, inputs.Zone);
            var connectedOn = ConnectionDate.CountFrom(p.State, p.ConnectedOn, firstSeenOn, p.InvitedOn);
            var (givesInWindow, asksInWindow) = window.TryGetValue(p.Id, out var w) ? w : (0, 0);
            var facts = p.Summary is { } s
                ? new ContactLedgerFacts(s.Gives, s.Asks, s.Received, AsUtc(s.LastGiveUtc), AsUtc(s.LastAskUtc), s.GivesSinceLastAsk,
                    givesInWindow, asksInWindow, connectedOn, firstSeenOn)
                : ContactLedgerFacts.None(connectedOn, firstSeenOn);
            contactsWithFacts.Add(new LedgerContact(
                p.Id, p.Name, p.Company, LedgerContact.ParseTags(p.Tags), p.Role, p.State, p.FitScore, p.GiveCadenceDays, facts,
                p.Position, p.RoleChangedOn));
        }

        return contactsWithFacts;
    }

    /// <summary>The owner's contacts, optionally narrowed by role and by one tag, in SQL.</summary>
    public static IQueryable<Contact> Contacts(ApplicationDbContext db, string ownerId, PipelineRole? role = null, string? tag = null)
    {
        var query = db.Set<Contact>().Where(c => c.OwnerId == ownerId);
        if (role is { } r)
        {
            query = query.Where(c => c.Role == r);
        }

        if (!string.IsNullOrWhiteSpace(tag))
        {
            // Tags are stored as "a;b;c": wrap both sides in separators so "ai" does not match "fintech;mail".
            var needle = ";" + tag.Trim().ToLowerInvariant() + ";";
            query = query.Where(c => (";" + c.Tags + ";").Contains(needle));
        }

        return query;
    }

    /// <summary>
    /// Gives and asks per contact within the overdrawn window, which slides with the clock and so cannot be
    /// kept on write: a range read of the (owner, time) index over the last 90 days only.
    /// </summary>
    private static async Task<Dictionary<int, (int Gives, int Asks)>> WindowCountsAsync(
        ApplicationDbContext db, string ownerId, int? onlyContactId, DateTime windowStartUtc, CancellationToken ct)
    {
        var windowStart = DateTime.SpecifyKind(windowStartUtc, DateTimeKind.Utc);
        var interactions = db.Set<Interaction>().AsNoTracking()
            .Where(i => i.OwnerId == ownerId && i.OccurredUtc >= windowStart
                && (i.Direction == InteractionDirection.Give || i.Direction == InteractionDirection.Ask));
        if (onlyContactId is { } id)
        {
            interactions = interactions.Where(i => i.ContactId == id);
        }

        // Counted here rather than with GROUP BY: grouping by contact made SQLite prefer the (owner, contact, …)
        // index and walk the owner's whole history instead of the 90-day range.
        var counts = new Dictionary<int, (int Gives, int Asks)>();
        await foreach (var (contactId, direction) in interactions.Select(i => ValueTuple.Create(i.ContactId, i.Direction)).AsAsyncEnumerable().WithCancellation(ct))
        {
            var (gives, asks) = counts.GetValueOrDefault(contactId);
            counts[contactId] = direction == InteractionDirection.Give ? (gives + 1, asks) : (gives, asks + 1);
        }

        return counts;
    }

    private static DateTime? AsUtc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}
