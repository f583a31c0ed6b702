using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// Loads contacts with their <see cref="ContactLedgerFacts"/>. The facts are aggregated by the database
/// (GROUP BY contact with conditional counts and maxima over the owner's interactions), so a user with
/// 500,000 interactions transfers one small row per contact, never the interactions themselves.
/// </summary>
internal static class LedgerReader
{
    public static async Task<LedgerInputs> GetInputsAsync(ApplicationDbContext db, string ownerId, TimeProvider clock, CancellationToken ct)
    {
        var settings = await LedgerSettingsStore.FindAsync(db, ownerId, ct);
        var zone = await LedgerSettingsStore.FindTimeZoneAsync(db, ownerId, ct);
        return new LedgerInputs(settings?.ToReadinessSettings() ?? ReadinessSettings.Default, zone, clock.GetUtcNow());
    }

    /// <summary>The owner's contacts matching <paramref name="contacts"/> (already filtered by owner), each with its facts.</summary>
    public static async Task<List<LedgerContact>> LoadAsync(
        ApplicationDbContext db, string ownerId, IQueryable<Contact> contacts, LedgerInputs inputs, int? onlyContactId, CancellationToken ct)
    {
        var profiles = await contacts.AsNoTracking()
            .Select(c => new { c.Id, c.Name, c.Company, c.Tags, c.Role, c.State, c.FitScore, c.GiveCadenceDays, c.ConnectedOn, c.CreatedUtc })
            .ToListAsync(ct);
        if (profiles.Count == 0)
        {
            return [];
        }

        var facts = await AggregateAsync(db, ownerId, onlyContactId, inputs.WindowStartUtc, ct);
        return profiles.Select(p =>
            {
                var connectedOn = ConnectionDate.CountFrom(p.State, p.ConnectedOn, LocalDays.DateOf(AsUtc(p.CreatedUtc)!.Value, inputs.Zone));
                return new LedgerContact(
                    p.Id, p.Name, p.Company, LedgerContact.ParseTags(p.Tags), p.Role, p.State, p.FitScore, p.GiveCadenceDays,
                    facts.TryGetValue(p.Id, out var f) ? f with { ConnectedOn = connectedOn } : ContactLedgerFacts.None(connectedOn));
            })
            .ToList();
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

    private static async Task<Dictionary<int, ContactLedgerFacts>> AggregateAsync(
        ApplicationDbContext db, string ownerId, int? onlyContactId, DateTime windowStartUtc, CancellationToken ct)
    {
        var interactions = db.Set<Interaction>().AsNoTracking().Where(i => i.OwnerId == ownerId);
        if (onlyContactId is { } id)
        {
            interactions = interactions.Where(i => i.ContactId == id);
        }

        var windowStart = DateTime.SpecifyKind(windowStartUtc, DateTimeKind.Utc);

        // One statement: GROUP BY contact with conditional counts and maxima (one pass over the covering
        // index, as hand-written SQL would), then for contacts with an ask, a range count of the gives after
        // it (an index seek per contact). Joining every interaction to its contact's last ask instead made
        // the database build a temporary index and probe it once per interaction: twice as slow.
        var groups = interactions
            .GroupBy(i => i.ContactId)
            .Select(g => new
            {
                ContactId = g.Key,
                Gives = g.Count(x => x.Direction == InteractionDirection.Give),
                Asks = g.Count(x => x.Direction == InteractionDirection.Ask),
                Received = g.Count(x => x.Direction == InteractionDirection.Received),
                LastGive = g.Where(x => x.Direction == InteractionDirection.Give).Max(x => (DateTime?)x.OccurredUtc),
                LastAsk = g.Where(x => x.Direction == InteractionDirection.Ask).Max(x => (DateTime?)x.OccurredUtc),
                GivesInWindow = g.Count(x => x.Direction == InteractionDirection.Give && x.OccurredUtc >= windowStart),
                AsksInWindow = g.Count(x => x.Direction == InteractionDirection.Ask && x.OccurredUtc >= windowStart),
            });
        var rows = await groups
            .Select(g => new
            {
                g.ContactId,
                g.Gives,
                g.Asks,
                g.Received,
                g.LastGive,
                g.LastAsk,
                GivesSinceLastAsk = g.LastAsk == null
                    ? g.Gives
                    : interactions.Count(x => x.ContactId == g.ContactId && x.Direction == InteractionDirection.Give && x.OccurredUtc > g.LastAsk),
                g.GivesInWindow,
                g.AsksInWindow,
            })
            .ToListAsync(ct);

        return rows.ToDictionary(r => r.ContactId, r => new ContactLedgerFacts(
            r.Gives,
            r.Asks,
            r.Received,
            AsUtc(r.LastGive),
            AsUtc(r.LastAsk),
            r.GivesSinceLastAsk,
            r.GivesInWindow,
            r.AsksInWindow,
            ConnectedOn: null));
    }

    private static DateTime? AsUtc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}
