using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// "Who should receive value before any ask" for one user: the one ranked list the ledger, the weekly
/// connecting hour and the reminder email all show, so they never disagree.
/// </summary>
/// <remarks>
/// Registered as a scoped service by <c>AddLedger()</c>; inject it and call
/// <see cref="GetAsync"/>. Safe from a Hangfire job (its own scope) and from an interactive
/// component (each call uses its own DbContext). Uses the user's ledger settings and time zone and
/// <see cref="TimeProvider"/> for "today".
/// </remarks>
public sealed class LedgerRankings(IDbContextFactory<ApplicationDbContext> dbFactory, UserClock clock)
{
    /// <summary>
    /// The top <paramref name="take"/> of <paramref name="ownerId"/>'s connected, not suspended contacts whose
    /// ask is not earned (give first or overdrawn), ranked most overdue first, then by ideal-client fit,
    /// then by days since the last give (never given first). Empty when the user has no such contacts.
    /// </summary>
    /// <param name="ownerId">The user whose contacts are ranked; no other user's contact is ever returned.</param>
    /// <param name="take">How many entries at most (e.g. 5 for the dashboard, the session's give quota).</param>
    public async Task<IReadOnlyList<GiveFirstEntry>> GetAsync(string ownerId, int take, CancellationToken ct = default)
    {
        var (contacts, inputs) = await LoadConnectedAsync(ownerId, take, ct);
        return GiveFirstRanking.Rank(contacts, inputs.Settings, inputs.Now, inputs.Zone, take);
    }

    /// <summary>
    /// Both lists from one load of the connected contacts (one aggregation over the interactions), plus the
    /// connected contacts themselves: the weekly session needs all three and must stay fast on a large book.
    /// </summary>
    public async Task<RankedContacts> GetListsAsync(string ownerId, int giveTake, int askTake, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(askTake);
        var (contacts, inputs) = await LoadConnectedAsync(ownerId, giveTake, ct);
        return new RankedContacts(
            GiveFirstRanking.Rank(contacts, inputs.Settings, inputs.Now, inputs.Zone, giveTake),
            GiveFirstRanking.RankEarnedAsks(contacts, inputs.Settings, inputs.Now, inputs.Zone, askTake),
            contacts);
    }

    private async Task<(IReadOnlyList<LedgerContact> Contacts, LedgerInputs Inputs)> LoadConnectedAsync(string ownerId, int take, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inputs = await LedgerLoader.GetInputsAsync(db, ownerId, clock, ct);
        var connected = LedgerLoader.Contacts(db, ownerId).Where(c => c.State == ConnectionState.Connected);
        var contacts = await LedgerLoader.LoadAsync(db, ownerId, connected, inputs, null, ct);
        return (contacts, inputs);
    }
}
