using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// "Who should receive value before any ask" for one user, and the asks they have earned: the ranked lists the
/// dashboard, the weekly connecting hour and the reminder email all show, so they never disagree. The database picks
/// the candidates by state (<see cref="LedgerStateQuery"/>); <see cref="GiveFirstRanking"/> orders and explains them.
/// </summary>
/// <remarks>
/// Safe from a Hangfire job (its own scope) and from an interactive component (each call uses its own DbContext).
/// </remarks>
public sealed class LedgerRankings(IDbContextFactory<ApplicationDbContext> dbFactory, UserClock clock)
{
    /// <summary>The top <paramref name="take"/> of the owner's give-first list; empty when nobody is waiting for a give.</summary>
    public async Task<IReadOnlyList<GiveFirstEntry>> GetAsync(string ownerId, int take, CancellationToken ct = default) =>
        (await GetListsAsync(ownerId, take, 0, ct)).GiveFirst;

    /// <summary>Both lists with one set of inputs.</summary>
    public async Task<RankedContacts> GetListsAsync(string ownerId, int giveTake, int askTake, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        ArgumentOutOfRangeException.ThrowIfNegative(giveTake);
        ArgumentOutOfRangeException.ThrowIfNegative(askTake);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inputs = await LedgerLoader.GetInputsAsync(db, ownerId, clock, ct);
        var connected = LedgerStateQuery.Of(db, ownerId).Where(r => r.ConnectionState == ConnectionState.Connected);
        // A paused contact (snoozed or "not this person") is left out of the gives only: an earned ask stays visible.
        var suggestible = SuggestionPauses.Unpaused(db, connected, inputs.Today);
        var giveIds = giveTake == 0 ? [] : await LedgerStateQuery.GiveFirstIdsAsync(suggestible, giveTake, inputs.Settings.NewRelationshipsPerWeek, ct);
        var askIds = askTake == 0 ? [] : await LedgerStateQuery.EarnedAskIdsAsync(connected, askTake, ct);
        var ids = giveIds.Concat(askIds).ToList();
        var contacts = ids.Count == 0 ? [] : await LedgerLoader.LoadAsync(db, LedgerLoader.Contacts(db, ownerId).Where(c => ids.Contains(c.Id)), inputs, ct);
        return new RankedContacts(
            GiveFirstRanking.Rank(contacts.Where(c => giveIds.Contains(c.Id)), inputs.Settings, inputs.Now, inputs.Zone, giveTake),
            GiveFirstRanking.RankEarnedAsks(contacts.Where(c => askIds.Contains(c.Id)), inputs.Settings, inputs.Now, inputs.Zone, askTake));
    }
}
