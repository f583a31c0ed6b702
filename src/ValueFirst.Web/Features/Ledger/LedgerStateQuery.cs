using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// The ledger's lists as SQL over <see cref="LedgerTotals"/> alone: each row holds the state and give-first turn of the
/// day it was counted (<see cref="LedgerSchedule.StateOn"/> and <see cref="LedgerSchedule.GiveTurnOn"/>, the one
/// definition, valid until the row's recount day, which every read reaches first through
/// <see cref="LedgerTotalsRecount.RefreshDueAsync"/>) and copies of the contact's sort keys, so lists filter, sort,
/// count and page by index and load only the rows they show. A test holds the lists to the code day after day.
/// </summary>
internal static class LedgerStateQuery
{
    private const int DueAgainTurn = (int)Core.Ledger.GiveTurn.DueAgain;

    private const int FirstGiveTurn = (int)Core.Ledger.GiveTurn.FirstGive;

    private const int NoTurn = 3;

    private const int OverdrawnOrder = 0;

    private const int GiveFirstOrder = 1;

    private const int AskEarnedOrder = 2;

    /// <summary>How many rows the owner has: one per contact. Compiled, as every balance page counts them.</summary>
    public static Task<int> CountAsync(ApplicationDbContext db, string ownerId, CancellationToken ct) => Count.For(db)(db, ownerId, ct);

    private static readonly CompiledPerModel<Func<ApplicationDbContext, string, CancellationToken, Task<int>>> Count = new(() =>
        EF.CompileAsyncQuery((ApplicationDbContext db, string ownerId, CancellationToken ct) =>
            db.Set<LedgerTotals>().Count(t => t.OwnerId == ownerId)));

    /// <summary>The owner's rows, one per contact, as the lists filter and sort them.</summary>
    public static IQueryable<StateRow> Of(ApplicationDbContext db, string ownerId) =>
        db.Set<LedgerTotals>()
            .Where(t => t.OwnerId == ownerId)
            .Select(t => new StateRow
            {
                ContactId = t.ContactId,
                Name = t.Name.ToLower(),
                FitScore = t.FitScore,
                Role = t.Role,
                ConnectionState = t.ConnectionState,
                StateOrder = t.StateOrder,
                Balance = t.Gives - t.Asks,
                GiveDueOn = t.GiveDueOn,
                FirstGive = t.FirstGive,
                GiveIsDue = t.GiveIsDue,
                ConnectedOn = t.ConnectedOn,
                LastGiveUtc = t.LastGiveUtc,
                GiveTurn = t.GiveTurn,
            });

    /// <summary>The rows of <paramref name="contacts"/> only (a filter the copies do not hold, such as a tag).</summary>
    public static IQueryable<StateRow> Among(this IQueryable<StateRow> rows, IQueryable<Contact> contacts) =>
        rows.Where(r => contacts.Any(c => c.Id == r.ContactId));

    /// <summary>The rows in <paramref name="state"/>, by the stored order (an index range).</summary>
    public static IQueryable<StateRow> InState(this IQueryable<StateRow> rows, AskState state)
    {
        var order = OrderOf(state);
        return rows.Where(r => r.StateOrder == order);
    }

    /// <summary>Attention first, as the balance page orders states: overdrawn, then give first, then ask earned.</summary>
    public static int OrderOf(AskState state) => state switch
    {
        AskState.Overdrawn => OverdrawnOrder,
        AskState.GiveFirst => GiveFirstOrder,
        _ => AskEarnedOrder,
    };

    /// <summary>The state of a stored order (see <see cref="OrderOf"/>).</summary>
    public static AskState StateOf(int order) => order switch
    {
        OverdrawnOrder => AskState.Overdrawn,
        AskEarnedOrder => AskState.AskEarned,
        _ => AskState.GiveFirst,
    };

    /// <summary>A give-first turn as stored, <see cref="NoTurn"/> for none, in the list's order.</summary>
    public static int TurnOf(GiveTurn? turn) => turn is { } t ? (int)t : NoTurn;

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
            .Where(r => r.GiveTurn < NoTurn) // "none" is the last turn, so the turns are an index range
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
        connected.Where(r => r.StateOrder == AskEarnedOrder)
            .OrderByDescending(r => r.FitScore).ThenBy(r => r.LastGiveUtc == null).ThenByDescending(r => r.LastGiveUtc)
            .ThenBy(r => r.Name).ThenBy(r => r.ContactId)
            .Select(r => r.ContactId).Take(take).ToListAsync(ct);

    /// <summary>One contact's ledger keys as the database holds them.</summary>
    internal sealed class StateRow
    {
        public int ContactId { get; init; }

        /// <summary>Lower-case, for sorting by name the same way on every provider.</summary>
        public string Name { get; init; } = "";

        public int FitScore { get; init; }

        public PipelineRole Role { get; init; }

        public ConnectionState ConnectionState { get; init; }

        /// <summary>The state as the balance page orders it (see <see cref="OrderOf"/>).</summary>
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
