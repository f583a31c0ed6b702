using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Time;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// Reads the ledger for the lists and pages: the owner's inputs (settings, clock) after bringing their rows up to date,
/// and contacts with their <see cref="ContactLedgerFacts"/> from one <see cref="LedgerTotals"/> row each — never the
/// interactions themselves.
/// </summary>
internal static class LedgerLoader
{
    /// <summary>The owner's thresholds and clock, after recounting the rows whose window counts ran out.</summary>
    public static async Task<LedgerInputs> GetInputsAsync(ApplicationDbContext db, string ownerId, UserClock clock, CancellationToken ct)
    {
        var settings = await LedgerSettingsStore.FindAsync(db, ownerId, ct);
        var now = await clock.NowAsync(db, ownerId, ct);
        await LedgerTotalsRecount.RefreshDueAsync(db, ownerId, now, ct);
        return new LedgerInputs(settings?.ToReadinessSettings() ?? ReadinessSettings.Default, now);
    }

    /// <summary>The contacts of <paramref name="contacts"/> (already filtered by owner), each with its facts, in the order given.</summary>
    public static async Task<List<LedgerContact>> LoadAsync(ApplicationDbContext db, IQueryable<Contact> contacts, LedgerInputs inputs, CancellationToken ct)
    {
        var rows = await (
                from c in contacts.AsNoTracking()
                join t in db.Set<LedgerTotals>().AsNoTracking() on c.Id equals t.ContactId into totals
                from t in totals.DefaultIfEmpty()
                select new { c.Id, c.Name, c.Company, c.Position, c.Tags, c.Role, c.State, c.FitScore, c.GiveCadenceDays, c.ConnectedOn, c.RoleChangedOn, c.CreatedUtc, c.InvitedOn, Totals = t })
            .ToListAsync(ct);
        return rows.Select(r =>
        {
            var firstSeenOn = LocalDays.DateOf(AsUtc(r.CreatedUtc)!.Value, inputs.Zone);
            var connectedOn = ConnectionDate.CountFrom(r.State, r.ConnectedOn, firstSeenOn, r.InvitedOn);
            var facts = r.Totals is { } t
                ? new ContactLedgerFacts(t.Gives, t.Asks, t.Received, AsUtc(t.LastGiveUtc), AsUtc(t.LastAskUtc), t.GivesSinceLastAsk,
                    t.GivesInWindow, t.AsksInWindow, connectedOn, firstSeenOn)
                : ContactLedgerFacts.None(connectedOn, firstSeenOn);
            return new LedgerContact(r.Id, r.Name, r.Company, LedgerContact.ParseTags(r.Tags), r.Role, r.State, r.FitScore, r.GiveCadenceDays,
                facts, r.Position, r.RoleChangedOn);
        }).ToList();
    }

    /// <summary>The owner's contacts, optionally narrowed to one tag, in SQL.</summary>
    public static IQueryable<Contact> Contacts(ApplicationDbContext db, string ownerId, string? tag = null)
    {
        var query = db.Set<Contact>().Where(c => c.OwnerId == ownerId);
        if (!string.IsNullOrWhiteSpace(tag))
        {
            // Tags are stored as "a;b;c": wrap both sides in separators so "ai" does not match "fintech;mail".
            var needle = ";" + tag.Trim().ToLowerInvariant() + ";";
            query = query.Where(c => (";" + c.Tags + ";").Contains(needle));
        }

        return query;
    }

    private static DateTime? AsUtc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}
