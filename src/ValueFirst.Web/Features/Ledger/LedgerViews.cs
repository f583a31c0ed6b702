using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// The ledger as the pages read it: the balance list, one contact's ledger, the dashboard's health. The database
/// filters, sorts, counts and pages by state (<see cref="LedgerStateQuery"/>); only the rows shown are explained.
/// </summary>
public sealed class LedgerViews(IDbContextFactory<ApplicationDbContext> dbFactory, UserClock clock, LedgerRankings rankings)
{
    public async Task<BalanceList> GetBalanceAsync(string ownerId, BalanceFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inputs = await LedgerLoader.GetInputsAsync(db, ownerId, clock, ct);
        var rows = LedgerStateQuery.Of(db, ownerId);
        // Every contact has its totals row, written in the transaction that adds it: counted from the narrow table (on
        // PostgreSQL, counting the wide contact rows was most of the page's time).
        var total = await LedgerStateQuery.CountAsync(db, ownerId, ct);
        if (filter.Role is { } role)
        {
            rows = rows.Where(r => r.Role == role);
        }

        if (!string.IsNullOrWhiteSpace(filter.Tag))
        {
            rows = rows.Among(LedgerLoader.Contacts(db, ownerId, tag: filter.Tag));
        }

        if (filter.State is { } state)
        {
            rows = rows.InState(state);
        }

        // Unfiltered, the list is every contact: counting it again would only repeat the total.
        var matching = filter is { State: null, Role: null } && string.IsNullOrWhiteSpace(filter.Tag) ? total : await rows.CountAsync(ct);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (matching + BalanceFilter.PageSize - 1) / BalanceFilter.PageSize));
        var shown = await LedgerLoader.LoadPageAsync(
            db, Sort(rows, filter.Sort).Skip((page - 1) * BalanceFilter.PageSize).Take(BalanceFilter.PageSize), inputs, ct);
        var pageRows = shown.ConvertAll(s => BalanceRow.Evaluate(s.Contact, inputs));
        var paused = shown.Where(s => s.PausedUntil is not null).ToDictionary(s => s.Contact.Id, s => s.PausedUntil!.Value);
        return new BalanceList(pageRows, matching, total, page, inputs) { PausedUntil = paused };
    }

    /// <summary>One contact's ledger with its timeline (newest first); null when the contact is missing or another user's.</summary>
    public async Task<ContactHistory?> GetContactAsync(string ownerId, int contactId, int timelineLimit = 200, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inputs = await LedgerLoader.GetInputsAsync(db, ownerId, clock, ct);
        var contact = (await LedgerLoader.LoadAsync(db, LedgerLoader.Contacts(db, ownerId).Where(c => c.Id == contactId), inputs, ct))
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

    /// <summary>The ask readiness of each of <paramref name="contactIds"/> that is the owner's, from one read of their totals.</summary>
    public async Task<IReadOnlyDictionary<int, AskReadinessResult>> GetReadinessAsync(
        string ownerId, IReadOnlyCollection<int> contactIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(contactIds);
        if (contactIds.Count == 0)
        {
            return new Dictionary<int, AskReadinessResult>();
        }

        var ids = contactIds.Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inputs = await LedgerLoader.GetInputsAsync(db, ownerId, clock, ct);
        var contacts = await LedgerLoader.LoadAsync(db, LedgerLoader.Contacts(db, ownerId).Where(c => ids.Contains(c.Id)), inputs, ct);
        return contacts.ToDictionary(c => c.Id, c => BalanceRow.Evaluate(c, inputs).Readiness);
    }

    /// <summary>The contact's name, or null when the contact is missing or another user's.</summary>
    public async Task<string?> FindContactNameAsync(string ownerId, int contactId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await LedgerLoader.Contacts(db, ownerId).Where(c => c.Id == contactId).Select(c => c.Name).SingleOrDefaultAsync(ct);
    }

    /// <summary>Counts per ask state over all the owner's contacts, counted by the database, and the top of the give-first list.</summary>
    public async Task<GiveAskHealth> GetSummaryAsync(string ownerId, int top = 5, CancellationToken ct = default)
    {
        IReadOnlyDictionary<AskState, int> counts;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var inputs = await LedgerLoader.GetInputsAsync(db, ownerId, clock, ct);
            counts = (await LedgerStateQuery.Of(db, ownerId)
                    .GroupBy(r => r.StateOrder)
                    .Select(g => new { Order = g.Key, Count = g.Count() })
                    .ToListAsync(ct))
                .ToDictionary(g => LedgerStateQuery.StateOf(g.Order), g => g.Count);
        }

        var giveFirst = await rankings.GetAsync(ownerId, top, ct);
        return new GiveAskHealth(counts.Values.Sum(), counts, giveFirst);
    }

    /// <summary>
    /// Orders the list in the database; ties end on the lower-case name and then the id, so paging is stable. The default
    /// order is an index's (owner, state, fit descending, lower-case name, id): a page is a range of it, not a sort.
    /// </summary>
    private static IQueryable<LedgerStateQuery.StateRow> Sort(IQueryable<LedgerStateQuery.StateRow> rows, BalanceSort sort) => sort switch
    {
        BalanceSort.Fit => rows.OrderByDescending(r => r.FitScore).ThenBy(r => r.Name).ThenBy(r => r.ContactId),
        BalanceSort.Name => rows.OrderBy(r => r.Name).ThenBy(r => r.ContactId),
        BalanceSort.Balance => rows.OrderBy(r => r.Balance).ThenByDescending(r => r.FitScore).ThenBy(r => r.Name).ThenBy(r => r.ContactId),
        // Overdue since a real give first (earliest due date first), then the first gives, then nothing to count from.
        BalanceSort.Overdue => rows.OrderBy(r => r.GiveDueOn == null).ThenBy(r => r.FirstGive).ThenBy(r => r.GiveDueOn)
            .ThenByDescending(r => r.FitScore).ThenBy(r => r.Name).ThenBy(r => r.ContactId),
        _ => rows.OrderBy(r => r.StateOrder).ThenByDescending(r => r.FitScore).ThenBy(r => r.Name).ThenBy(r => r.ContactId),
    };
}
