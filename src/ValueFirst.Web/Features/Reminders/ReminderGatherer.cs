using ValueFirst.Core.Reminders;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Features.Ledger;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>Gathers one owner's reminder inputs from the ledger (both ranked lists from one load) and the content calendar.</summary>
public sealed class ReminderGatherer(LedgerRankings ledger, ContentLibrary content)
{
    public async Task<ReminderInputs> GatherAsync(string ownerId, CancellationToken ct)
    {
        var lists = await ledger.GetListsAsync(ownerId, ReminderDigest.MaxGives, ReminderDigest.MaxAsks, ct);
        return new ReminderInputs(lists.GiveFirst, lists.EarnedAsks, await content.ItemsAsync(ownerId, ct));
    }
}
