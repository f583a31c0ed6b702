using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// The ledger state on a day as SQL: each contact joined to its <see cref="LedgerTotals"/> row, with the state
/// decided in the database exactly as <see cref="LedgerSchedule.StateOn"/> decides it in code (a test holds the two
/// to the same answer), so lists filter, sort, count and page there and load only the rows they show.
/// </summary>
internal static class LedgerStateQuery
{
    /// <summary>What a list is filtered and sorted by, one row per contact of <paramref name="contacts"/>.</summary>
    public static IQueryable<StateRow> On(ApplicationDbContext db, IQueryable<Contact> contacts, DateOnly today) =>
        from c in contacts
        join t in db.Set<LedgerTotals>() on c.Id equals t.ContactId
        select new StateRow
        {
            ContactId = c.Id,
            Name = c.Name.ToLower(),
            FitScore = c.FitScore,
            Role = c.Role,
            ConnectionState = c.State,
            // LedgerSchedule.StateOn, and its order on the balance page: overdrawn, give first, ask earned.
            State = t.AsksInWindow > t.GivesInWindow ? AskState.Overdrawn
                : t.AskOpensOn != null && t.AskOpensOn <= today ? AskState.AskEarned
                : AskState.GiveFirst,
            StateOrder = t.AsksInWindow > t.GivesInWindow ? 0 : t.AskOpensOn != null && t.AskOpensOn <= today ? 2 : 1,
            Balance = t.Gives - t.Asks,
            GiveDueOn = t.GiveDueOn,
            FirstGive = t.FirstGive,
            GiveIsDue = t.GiveDueOn != null && t.GiveDueOn <= today,
            ConnectedOn = t.ConnectedOn,
            LastGiveUtc = t.LastGiveUtc,
        };

    /// <summary>
    /// The give-first list's candidates in <see cref="GiveFirstRanking"/>'s three turns, each cut in the database:
    /// overdrawn, gives due again (most overdue first), and the week's few first gives.
    /// </summary>
    public static async Task<List<int>> GiveFirstIdsAsync(IQueryable<StateRow> connected, int take, int firstGivesPerWeek, CancellationToken ct)
    {
        var overdrawn = await connected.Where(r => r.State == AskState.Overdrawn)
            .OrderByDescending(r => r.FitScore).ThenBy(r => r.Name).ThenBy(r => r.ContactId)
            .Select(r => r.ContactId).Take(take).ToListAsync(ct);
        var dueAgain = await connected.Where(r => r.State == AskState.GiveFirst && !r.FirstGive && r.GiveIsDue)
            .OrderBy(r => r.GiveDueOn).ThenByDescending(r => r.FitScore).ThenBy(r => r.Name).ThenBy(r => r.ContactId)
            .Select(r => r.ContactId).Take(take).ToListAsync(ct);
        var firstGives = await connected.Where(r => r.State == AskState.GiveFirst && r.FirstGive)
            .OrderByDescending(r => r.GiveIsDue).ThenByDescending(r => r.FitScore).ThenBy(r => r.Role).ThenByDescending(r => r.ConnectedOn)
            .ThenBy(r => r.Name).ThenBy(r => r.ContactId)
            .Select(r => r.ContactId).Take(Math.Min(take, Math.Max(0, firstGivesPerWeek))).ToListAsync(ct);
        return [.. overdrawn, .. dueAgain, .. firstGives];
    }

    /// <summary>The earned asks' candidates as <see cref="GiveFirstRanking.RankEarnedAsks"/> orders them: best fit, then the warmest.</summary>
    public static Task<List<int>> EarnedAskIdsAsync(IQueryable<StateRow> connected, int take, CancellationToken ct) =>
        connected.Where(r => r.State == AskState.AskEarned)
            .OrderByDescending(r => r.FitScore).ThenBy(r => r.LastGiveUtc == null).ThenByDescending(r => r.LastGiveUtc)
            .ThenBy(r => r.Name).ThenBy(r => r.ContactId)
            .Select(r => r.ContactId).Take(take).ToListAsync(ct);

    /// <summary>One contact's ledger keys as the database sees them.</summary>
    internal sealed class StateRow
    {
        public int ContactId { get; init; }

        /// <summary>Lower-case, for sorting by name the same way on every provider.</summary>
        public string Name { get; init; } = "";

        public int FitScore { get; init; }

        public PipelineRole Role { get; init; }

        public ConnectionState ConnectionState { get; init; }

        public AskState State { get; init; }

        public int StateOrder { get; init; }

        public int Balance { get; init; }

        public DateOnly? GiveDueOn { get; init; }

        public bool FirstGive { get; init; }

        public bool GiveIsDue { get; init; }

        public DateOnly? ConnectedOn { get; init; }

        public DateTime? LastGiveUtc { get; init; }
    }
}
