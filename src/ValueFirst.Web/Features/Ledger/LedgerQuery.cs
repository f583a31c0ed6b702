using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>The ledger as the pages read it: the balance list, one contact's ledger, the dashboard summary.</summary>
public sealed class LedgerQuery(IDbContextFactory<ApplicationDbContext> dbFactory, TimeProvider clock)
{
    public async Task<BalanceList> GetBalanceAsync(string ownerId, BalanceFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inputs = await LedgerReader.GetInputsAsync(db, ownerId, clock, ct);
        var total = await LedgerReader.Contacts(db, ownerId).CountAsync(ct);
        var contacts = await LedgerReader.LoadAsync(db, ownerId, LedgerReader.Contacts(db, ownerId, filter.Role, filter.Tag), inputs, null, ct);

        // State depends on the user's thresholds and today's date, so it is evaluated here (in Core), not in SQL.
        var rows = contacts.Select(c => ContactLedgerRow.Evaluate(c, inputs));
        if (filter.State is { } state)
        {
            rows = rows.Where(r => r.Readiness.State == state);
        }

        var matching = rows.ToList();
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (matching.Count + BalanceFilter.PageSize - 1) / BalanceFilter.PageSize));
        var pageRows = Sort(matching, filter.Sort).Skip((page - 1) * BalanceFilter.PageSize).Take(BalanceFilter.PageSize).ToList();
        return new BalanceList(pageRows, matching.Count, total, page, inputs);
    }

    /// <summary>One contact's ledger with its timeline (newest first); null when the contact is missing or another user's.</summary>
    public async Task<ContactLedgerView?> GetContactAsync(string ownerId, int contactId, int timelineLimit = 200, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inputs = await LedgerReader.GetInputsAsync(db, ownerId, clock, ct);
        var contact = (await LedgerReader.LoadAsync(db, ownerId, LedgerReader.Contacts(db, ownerId).Where(c => c.Id == contactId), inputs, contactId, ct))
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
        return new ContactLedgerView(ContactLedgerRow.Evaluate(contact, inputs), timeline, inputs);
    }

    /// <summary>The contact's name, or null when the contact is missing or another user's.</summary>
    public async Task<string?> FindContactNameAsync(string ownerId, int contactId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await LedgerReader.Contacts(db, ownerId).Where(c => c.Id == contactId).Select(c => c.Name).SingleOrDefaultAsync(ct);
    }

    /// <summary>Counts per ask state over all the owner's contacts, and the top of the give-first list.</summary>
    public async Task<LedgerSummary> GetSummaryAsync(string ownerId, int top = 5, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inputs = await LedgerReader.GetInputsAsync(db, ownerId, clock, ct);
        var contacts = await LedgerReader.LoadAsync(db, ownerId, LedgerReader.Contacts(db, ownerId), inputs, null, ct);
        var counts = contacts
            .GroupBy(c => AskReadiness.Evaluate(c.Facts, inputs.Settings, inputs.Now, inputs.Zone).State)
            .ToDictionary(g => g.Key, g => g.Count());
        var giveFirst = GiveFirstRanking.Rank(contacts, inputs.Settings, inputs.Now, inputs.Zone, top);
        return new LedgerSummary(contacts.Count, counts, giveFirst);
    }

    internal static IEnumerable<ContactLedgerRow> Sort(IEnumerable<ContactLedgerRow> rows, BalanceSort sort) => (sort switch
    {
        BalanceSort.Fit => rows.OrderByDescending(r => r.Contact.FitScore).ThenBy(r => r.Contact.Name, StringComparer.OrdinalIgnoreCase),
        BalanceSort.Name => rows.OrderBy(r => r.Contact.Name, StringComparer.OrdinalIgnoreCase),
        BalanceSort.Balance => rows.OrderBy(r => r.Facts.Balance).ThenByDescending(r => r.Contact.FitScore),
        BalanceSort.Overdue => rows.OrderByDescending(r => r.Due.DueOn is null ? int.MinValue : r.Due.OverdueDays).ThenByDescending(r => r.Contact.FitScore),
        _ => rows.OrderBy(r => StateOrder(r.Readiness.State)).ThenByDescending(r => r.Contact.FitScore),
    })
    .ThenBy(r => r.Contact.Name, StringComparer.OrdinalIgnoreCase)
    .ThenBy(r => r.Contact.Id);

    /// <summary>Attention first: overdrawn, then give first, then ask earned.</summary>
    internal static int StateOrder(AskState state) => state switch
    {
        AskState.Overdrawn => 0,
        AskState.GiveFirst => 1,
        _ => 2,
    };
}
