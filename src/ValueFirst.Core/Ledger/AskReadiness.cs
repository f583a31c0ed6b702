using ValueFirst.Core.Time;

namespace ValueFirst.Core.Ledger;

/// <summary>
/// Decides whether I have earned an ask from a contact: give first, never ask days after connecting,
/// and leave room between asks. Overdrawn (more asks than gives lately) trumps everything.
/// </summary>
public static class AskReadiness
{
    /// <summary>Length of the overdrawn window in local calendar days, today included.</summary>
    public const int WindowDays = 90;

    /// <summary>
    /// Start (UTC) of the overdrawn window: the beginning of the local day <see cref="WindowDays"/> − 1
    /// days before today, so the window is today and the 89 days before it.
    /// </summary>
    public static DateTime WindowStartUtc(DateTimeOffset now, TimeZoneInfo zone) =>
        LocalDays.StartUtc(LocalDays.Today(now, zone).AddDays(-(WindowDays - 1)), zone);

    public static AskReadinessResult Evaluate(ContactLedgerFacts facts, ReadinessSettings settings, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(zone);

        var today = LocalDays.Today(now, zone);
        int? daysConnected = facts.ConnectedOn is { } connected ? LocalDays.Between(connected, today) : null;
        int? daysSinceAsk = facts.LastAskUtc is { } lastAsk ? LocalDays.Between(LocalDays.DateOf(lastAsk, zone), today) : null;

        var overdrawn = facts.AsksInWindow > facts.GivesInWindow;

        var parts = new List<string>(4);
        if (overdrawn)
        {
            parts.Add($"{Plural(facts.AsksInWindow, "ask")} vs {Plural(facts.GivesInWindow, "give")} in the last {WindowDays} days");
        }

        // "2 of 3" reads as progress; past the goal, "9 of 3" would read as a mistake.
        parts.Add(facts.GivesSinceLastAsk <= settings.RequiredGivesBeforeAsk
            ? $"{facts.GivesSinceLastAsk} of {settings.RequiredGivesBeforeAsk} gives since your last ask"
            : $"{facts.GivesSinceLastAsk} gives since your last ask ({settings.RequiredGivesBeforeAsk} needed)");
        parts.Add(daysConnected is { } d ? $"connected {LocalDays.Ago(d)}" : "not connected yet");
        if (daysSinceAsk is { } s)
        {
            parts.Add($"last ask {LocalDays.Ago(s)}");
        }

        var state = Decide(facts, settings, daysConnected, daysSinceAsk);

        return new AskReadinessResult(state, string.Join("; ", parts), facts.GivesSinceLastAsk,
            settings.RequiredGivesBeforeAsk, daysConnected, daysSinceAsk);
    }

    /// <summary>
    /// The state alone, as <see cref="Evaluate"/> decides it, without writing the reason: lists of thousands of
    /// contacts sort and filter by state and explain only the rows they show.
    /// </summary>
    public static AskState StateOf(ContactLedgerFacts facts, ReadinessSettings settings, DateOnly today, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(zone);
        int? daysConnected = facts.ConnectedOn is { } connected ? LocalDays.Between(connected, today) : null;
        int? daysSinceAsk = facts.LastAskUtc is { } lastAsk ? LocalDays.Between(LocalDays.DateOf(lastAsk, zone), today) : null;
        return Decide(facts, settings, daysConnected, daysSinceAsk);
    }

    private static AskState Decide(ContactLedgerFacts facts, ReadinessSettings settings, int? daysConnected, int? daysSinceAsk)
    {
        var enoughGives = facts.GivesSinceLastAsk >= settings.RequiredGivesBeforeAsk;
        var connectedLongEnough = daysConnected >= settings.MinDaysBeforeFirstAsk;
        var askedLongEnoughAgo = daysSinceAsk is null || daysSinceAsk >= settings.MinDaysBetweenAsks;
        return facts.AsksInWindow > facts.GivesInWindow ? AskState.Overdrawn
            : enoughGives && connectedLongEnough && askedLongEnoughAgo ? AskState.AskEarned
            : AskState.GiveFirst;
    }

    /// <summary>The state in the user's words, for badges and exports.</summary>
    public static string Label(AskState state) => state switch
    {
        AskState.GiveFirst => "Give first",
        AskState.AskEarned => "Ask earned",
        AskState.Overdrawn => "Overdrawn",
        _ => state.ToString(),
    };

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
