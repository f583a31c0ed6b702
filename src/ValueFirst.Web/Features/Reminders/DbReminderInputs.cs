using ValueFirst.Core.Content;
using ValueFirst.Core.Reminders;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Features.Ledger;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>Gathers the digest's inputs from the ledger and the content calendar, every query scoped to the owner.</summary>
public sealed class DbReminderInputs(GiveFirstQuery ledger, ContentLibrary content) : IReminderInputs
{
    public async Task<ReminderInputs> GatherAsync(string ownerId, DateOnly weekStart, CancellationToken ct)
    {
        // Both lists from one load of the ledger.
        var lists = await ledger.GetListsAsync(ownerId, ReminderDigest.MaxGives, ReminderDigest.MaxAsks, ct);
        var asks = lists.EarnedAsks.Select(a => new EarnedAsk(a.Name, a.Reason)).ToList();
        return new ReminderInputs(lists.GiveFirst, asks, DueThisWeek(weekStart));
    }

    // The first own article or share dated in the slot's week that is not published yet.
    private DueContentItem? DueThisWeek(DateOnly weekStart)
    {
        var weekEnd = weekStart.AddDays(6);
        return content.Current.Items
            .Where(i => i.Date is { } d && d >= weekStart && d <= weekEnd && i.Status != ContentStatus.Published)
            .OrderBy(i => i.Date)
            .ThenBy(i => i.Path, StringComparer.Ordinal)
            .Select(i => new DueContentItem(i.Title, i.Date!.Value))
            .FirstOrDefault();
    }
}
