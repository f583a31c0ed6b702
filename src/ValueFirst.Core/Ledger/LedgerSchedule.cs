using ValueFirst.Core.Time;

namespace ValueFirst.Core.Ledger;

/// <summary>
/// A contact's ledger state as dates, so a database can decide it for any day, and sort, count and page by it,
/// without evaluating every contact in code. The state changes only at known instants: when an interaction is
/// written or the contact or the user's settings change (the schedule is computed again then), and when time passes
/// a date stored here. <see cref="StateOn"/> is the one definition of the state on a day; the web app's SQL mirrors
/// it, and <see cref="AskReadiness.StateOf"/> (from the full facts) is held to it by tests.
/// </summary>
/// <param name="GivesInWindow">Gives in the overdrawn window, as counted on the day the schedule was computed.</param>
/// <param name="AsksInWindow">Asks in the same window.</param>
/// <param name="RecountOn">
/// The first day the schedule must be computed again: a counted give or ask leaves the window (the counts, and so
/// "overdrawn", change), the ask opens or the next give falls due (the state or the give-first turn changes). Until
/// then <see cref="StateOn"/> and <see cref="GiveTurnOn"/> give the same answer every day, so a database may store
/// them and sort by index. Null when time alone changes nothing.
/// </param>
/// <param name="AskOpensOn">
/// The day time alone earns the ask — enough gives since the last ask, connected long enough, long enough since the
/// last ask; null when gives are short or the contact is not connected (only a give or a connection changes that).
/// </param>
/// <param name="GiveDueOn">When the next give is due (see <see cref="GiveCadence"/>); null when there is nothing to count from.</param>
/// <param name="FirstGive">No give recorded yet: the contact waits for a first give and is never overdue.</param>
public sealed record LedgerSchedule(
    int GivesInWindow,
    int AsksInWindow,
    DateOnly? RecountOn,
    DateOnly? AskOpensOn,
    DateOnly? GiveDueOn,
    bool FirstGive)
{
    /// <summary>The ask state on <paramref name="today"/>, valid while <see cref="IsCurrentOn"/>.</summary>
    public AskState StateOn(DateOnly today) =>
        AsksInWindow > GivesInWindow ? AskState.Overdrawn
        : AskOpensOn is { } opens && opens <= today ? AskState.AskEarned
        : AskState.GiveFirst;

    /// <summary>
    /// Why the contact is on the give-first list on <paramref name="today"/> (overdrawn, a give due again, or a first
    /// give still to make); null when it is not (an earned ask, or a give not due yet).
    /// </summary>
    public GiveTurn? GiveTurnOn(DateOnly today) => StateOn(today) switch
    {
        AskState.Overdrawn => GiveTurn.Overdrawn,
        AskState.AskEarned => null,
        _ when FirstGive => GiveTurn.FirstGive,
        _ => GiveIsDueOn(today) ? GiveTurn.DueAgain : null,
    };

    /// <summary>Whether the next give is due on <paramref name="today"/>.</summary>
    public bool GiveIsDueOn(DateOnly today) => GiveDueOn is { } due && due <= today;

    /// <summary>Whether the schedule still holds on <paramref name="today"/>; on and after <see cref="RecountOn"/> it does not.</summary>
    public bool IsCurrentOn(DateOnly today) => RecountOn is not { } recount || today < recount;

    /// <summary>
    /// The schedule of a contact from its facts and the local days of the gives and asks in the window (the window
    /// counts of <paramref name="facts"/> must be theirs).
    /// </summary>
    public static LedgerSchedule Of(
        ContactLedgerFacts facts,
        IEnumerable<DateOnly> windowEventDays,
        ReadinessSettings settings,
        int cadenceDays,
        DateTimeOffset now,
        TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(windowEventDays);
        ArgumentNullException.ThrowIfNull(settings);
        DateOnly? windowEnds = windowEventDays.Any() ? windowEventDays.Min().AddDays(AskReadiness.WindowDays) : null;

        DateOnly? askOpensOn = null;
        if (facts.GivesSinceLastAsk >= settings.RequiredGivesBeforeAsk && facts.ConnectedOn is { } connected)
        {
            var opens = connected.AddDays(settings.MinDaysBeforeFirstAsk);
            if (facts.LastAskUtc is { } lastAsk && LocalDays.DateOf(lastAsk, zone).AddDays(settings.MinDaysBetweenAsks) is var next && next > opens)
            {
                opens = next;
            }

            askOpensOn = opens;
        }

        var due = GiveCadence.Evaluate(facts, cadenceDays, now, zone);
        var today = LocalDays.Today(now, zone);
        var recountOn = new[] { windowEnds, askOpensOn, due.DueOn }.Where(d => d > today).Min();
        return new LedgerSchedule(facts.GivesInWindow, facts.AsksInWindow, recountOn, askOpensOn, due.DueOn, due.FirstGive);
    }
}
