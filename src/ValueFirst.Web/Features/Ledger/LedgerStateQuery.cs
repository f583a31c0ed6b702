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
    private const int OverdrawnTurn = 0;

    private const int DueAgainTurn = 1;

    private const int FirstGiveTurn = 2;

    private const int NoTurn = 3;

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
            // The give-first list's turn of that state, written flat on the totals' columns: nested on State, PostgreSQL
            // evaluated the whole state expression again inside every sort key, for every connected contact.
            GiveTurn = t.AsksInWindow > t.GivesInWindow ? OverdrawnTurn
                : t.AskOpensOn != null && t.AskOpensOn <= today ? NoTurn
                : !t.FirstGive && t.GiveDueOn != null && t.GiveDueOn <= today ? DueAgainTurn
                : t.FirstGive ? FirstGiveTurn
                : NoTurn,
        };

    /// <summary>
    /// The give-first list's candidates in <see cref="GiveFirstRanking"/>'s order, cut in the database in one pass:
    /// overdrawn, then gives due again (most overdue first), then first gives (at most
    /// <paramref name="firstGivesPerWeek"/> of them), <paramref name="take"/> in all.
    /// </summary>
    /// <remarks>
    /// The ranking puts the three turns one after the other, so the top of one ordering by (turn, that turn's keys)
    /// is the top of the list; each sort key that belongs to one turn is a constant in the others. One ordered read of
    /// the owner's contacts instead of one per turn.
    /// </remarks>
    public static async Task<List<int>> GiveFirstIdsAsync(IQueryable<StateRow> connected, int take, int firstGivesPerWeek, CancellationToken ct)
    {
        var rows = await connected
            .Where(r => r.GiveTurn != NoTurn)
            .OrderBy(r => r.GiveTurn)
            .ThenBy(r => r.GiveTurn == DueAgainTurn ? r.GiveDueOn : null)
            .ThenByDescending(r => r.GiveTurn == FirstGiveTurn && r.GiveIsDue)
            .ThenByDescending(r => r.FitScore)
            .ThenBy(r => r.GiveTurn == FirstGiveTurn ? r.Role : PipelineRole.Peer)
            .ThenByDescending(r => r.GiveTurn == FirstGiveTurn ? r.ConnectedOn : null)
            .ThenBy(r => r.Name).ThenBy(r => r.ContactId)
            .Select(r => new { r.ContactId, Turn = r.GiveTurn })
            .Take(take)
            .ToListAsync(ct);
        var firstGives = 0;
        return rows.Where(r => r.Turn != FirstGiveTurn || firstGives++ < firstGivesPerWeek).Select(r => r.ContactId).ToList();
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

        /// <summary>Overdrawn, due again, first give, or none: the give-first list's turn of this contact.</summary>
        public int GiveTurn { get; init; }
    }
}
