using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>The ledger as the pages read it: the balance list, one contact's ledger, the dashboard summary.</summary>
public sealed class LedgerViews(IDbContextFactory<ApplicationDbContext> dbFactory, UserClock clock)
{
    public async Task<BalanceList> GetBalanceAsync(string ownerId, BalanceFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inputs = await LedgerLoader.GetInputsAsync(db, ownerId, clock, ct);
        var total = await LedgerLoader.Contacts(db, ownerId).CountAsync(ct);
        var contacts = await LedgerLoader.LoadAsync(db, ownerId, LedgerLoader.Contacts(db, ownerId, filter.Role, filter.Tag), inputs, null, ct);

        // State depends on the user's thresholds and today's date, so it is evaluated here (in Core), not in SQL.
        // Every contact needs its state to be sorted and filtered; only the page's rows are explained in full.
        var today = inputs.Today;
        var keys = contacts.Select(c => new RowKey(
            c,
            AskReadiness.StateOf(c.Facts, inputs.Settings, today, inputs.Zone),
            filter.Sort == BalanceSort.Overdue ? OverdueKey(c, inputs) : 0));
        if (filter.State is { } state)
        {
            keys = keys.Where(k => k.State == state);
        }

        var matching = keys.ToList();
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (matching.Count + BalanceFilter.PageSize - 1) / BalanceFilter.PageSize));
        var pageRows = Sort(matching, filter.Sort)
            .Skip((page - 1) * BalanceFilter.PageSize)
            .Take(BalanceFilter.PageSize)
            .Select(k => BalanceRow.Evaluate(k.Contact, inputs))
            .ToList();
        return new BalanceList(pageRows, matching.Count, total, page, inputs);
    }

    /// <summary>One contact's ledger with its timeline (newest first); null when the contact is missing or another user's.</summary>
    public async Task<ContactHistory?> GetContactAsync(string ownerId, int contactId, int timelineLimit = 200, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inputs = await LedgerLoader.GetInputsAsync(db, ownerId, clock, ct);
        var contact = (await LedgerLoader.LoadAsync(db, ownerId, LedgerLoader.Contacts(db, ownerId).Where(c => c.Id == contactId), inputs, contactId, ct))
            .SingleOrDefault();
        if (contact is null)
        {
            return null;
        }

        var timeline = await db.Set<Interaction>().AsNoTracking()
            .Where(i => i.OwnerId == ownerId && i.ContactId == contactId)
            .OrderByDescending(i => i.OccurredUtc).ThenByDescending(i => i.Id)
            .Take(timelineLimit)
            .Select(i => new TimelineItem(i.Id, i.OccurredUtc, i.Direction, i.Type, i.Channel, i.ContentPath, i.Note))
            .ToListAsync(ct);
        return new ContactHistory(BalanceRow.Evaluate(contact, inputs), timeline, inputs);
    }

    /// <summary>The contact's name, or null when the contact is missing or another user's.</summary>
    public async Task<string?> FindContactNameAsync(string ownerId, int contactId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await LedgerLoader.Contacts(db, ownerId).Where(c => c.Id == contactId).Select(c => c.Name).SingleOrDefaultAsync(ct);
    }

    /// <summary>Counts per ask state over all the owner's contacts, and the top of the give-first list.</summary>
    public async Task<GiveAskHealth> GetSummaryAsync(string ownerId, int top = 5, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inputs = await LedgerLoader.GetInputsAsync(db, ownerId, clock, ct);
        var contacts = await LedgerLoader.LoadAsync(db, ownerId, LedgerLoader.Contacts(db, ownerId), inputs, null, ct);
        var counts = contacts
            .GroupBy(c => AskReadiness.StateOf(c.Facts, inputs.Settings, inputs.Today, inputs.Zone))
            .ToDictionary(g => g.Key, g => g.Count());
        var giveFirst = GiveFirstRanking.Rank(contacts, inputs.Settings, inputs.Now, inputs.Zone, top);
        return new GiveAskHealth(contacts.Count, counts, giveFirst);
    }

    internal static IEnumerable<BalanceRow> Sort(IEnumerable<BalanceRow> rows, BalanceSort sort)
    {
        var byId = rows.ToDictionary(r => r.Contact.Id);
        return Sort(byId.Values.Select(r => new RowKey(r.Contact, r.Readiness.State, OverdueKey(r.Due))), sort)
            .Select(k => byId[k.Contact.Id]);
    }

    private static IEnumerable<RowKey> Sort(IEnumerable<RowKey> rows, BalanceSort sort) => (sort switch
    {
        BalanceSort.Fit => rows.OrderByDescending(r => r.Contact.FitScore).ThenBy(r => r.Contact.Name, StringComparer.OrdinalIgnoreCase),
        BalanceSort.Name => rows.OrderBy(r => r.Contact.Name, StringComparer.OrdinalIgnoreCase),
        BalanceSort.Balance => rows.OrderBy(r => r.Contact.Facts.Balance).ThenByDescending(r => r.Contact.FitScore),
        BalanceSort.Overdue => rows.OrderByDescending(r => r.OverdueKey).ThenByDescending(r => r.Contact.FitScore),
        _ => rows.OrderBy(r => StateOrder(r.State)).ThenByDescending(r => r.Contact.FitScore),
    })
    .ThenBy(r => r.Contact.Name, StringComparer.OrdinalIgnoreCase)
    .ThenBy(r => r.Contact.Id);

    // Days overdue since the last give first; contacts never given to after them (they are waiting, not late),
    // by how long their first give has been due; never due last. What the Overdue sort orders by.
    private static int OverdueKey(LedgerContact contact, LedgerInputs inputs)
    {
        var cadence = GiveCadence.DaysFor(contact.GiveCadenceDays, contact.Tags, contact.Role, inputs.Settings);
        return OverdueKey(GiveCadence.Evaluate(contact.Facts, cadence, inputs.Now, inputs.Zone));
    }

    private static int OverdueKey(GiveDue due) =>
        due.DueOn is null ? int.MinValue : due.FirstGive ? (int.MinValue / 2) + due.OverdueDays : due.OverdueDays;

    /// <summary>What a contact is sorted and filtered by.</summary>
    private sealed record RowKey(LedgerContact Contact, AskState State, int OverdueKey);

    /// <summary>Attention first: overdrawn, then give first, then ask earned.</summary>
    internal static int StateOrder(AskState state) => state switch
    {
        AskState.Overdrawn => 0,
        AskState.GiveFirst => 1,
        _ => 2,
    };
}
