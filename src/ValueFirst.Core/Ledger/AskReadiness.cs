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

        var checks = new List<ReadinessCheck>(4);
        if (facts.AsksInWindow > facts.GivesInWindow)
        {
            checks.Add(new ReadinessCheck(
                $"{Plural(facts.AsksInWindow, "ask")} vs {Plural(facts.GivesInWindow, "give")} in the last {WindowDays} days — " +
                $"give {facts.AsksInWindow - facts.GivesInWindow} more before asking again", Met: false));
        }

        checks.Add(GivesCheck(facts, settings));
        checks.Add(ConnectedCheck(facts.ConnectedOn, daysConnected, settings, today));
        if (daysSinceAsk is { } sinceAsk)
        {
            checks.Add(SpacingCheck(LocalDays.DateOf(facts.LastAskUtc!.Value, zone), sinceAsk, settings, today));
        }

        var state = Decide(facts, settings, daysConnected, daysSinceAsk);
        // Time alone opens the ask only when enough has been given and nothing is overdrawn.
        DateOnly? opensOn = state == AskState.GiveFirst && checks.All(c => c.Met || c.OpensOn is not null)
            ? checks.Where(c => !c.Met).Max(c => c.OpensOn)
            : null;
        return new AskReadinessResult(state, checks, facts.GivesSinceLastAsk, settings.RequiredGivesBeforeAsk, daysConnected, daysSinceAsk, opensOn);
    }

    // "2 of 3 gives" reads as progress; past the goal, "9 of 3" would read as a mistake.
    private static ReadinessCheck GivesCheck(ContactLedgerFacts facts, ReadinessSettings settings)
    {
        var given = facts.GivesSinceLastAsk;
        var needed = settings.RequiredGivesBeforeAsk;
        var since = facts.LastAskUtc is null ? "" : " since your last ask";
        var text = given <= needed ? $"{given} of {needed} gives{since}" : $"{given} gives{since} ({needed} needed)";
        return new ReadinessCheck(text, given >= needed);
    }

    private static ReadinessCheck ConnectedCheck(DateOnly? connectedOn, int? daysConnected, ReadinessSettings settings, DateOnly today)
    {
        if (connectedOn is not { } connected || daysConnected is not { } days)
        {
            return new ReadinessCheck("not connected yet", Met: false);
        }

        if (days >= settings.MinDaysBeforeFirstAsk)
        {
            return new ReadinessCheck($"connected {LocalDays.Ago(days)}", Met: true);
        }

        var opens = connected.AddDays(settings.MinDaysBeforeFirstAsk);
        return new ReadinessCheck(
            $"connected {LocalDays.Ago(days)} — the first ask opens on {LocalDays.Date(opens, today)} ({settings.MinDaysBeforeFirstAsk} days after connecting)",
            Met: false, opens);
    }

    private static ReadinessCheck SpacingCheck(DateOnly lastAsk, int daysSinceAsk, ReadinessSettings settings, DateOnly today)
    {
        if (daysSinceAsk >= settings.MinDaysBetweenAsks)
        {
            return new ReadinessCheck($"last ask {LocalDays.Ago(daysSinceAsk)}", Met: true);
        }

        var opens = lastAsk.AddDays(settings.MinDaysBetweenAsks);
        return new ReadinessCheck(
            $"last ask {LocalDays.Ago(daysSinceAsk)} — the next ask opens on {LocalDays.Date(opens, today)} ({settings.MinDaysBetweenAsks} days between asks)",
            Met: false, opens);
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
