using ValueFirst.Core.Contacts;
using ValueFirst.Core.Time;

namespace ValueFirst.Core.Ledger;

/// <summary>
/// "Who should receive value before any ask": connected contacts whose ask is not earned (give first or
/// overdrawn), most overdue first, then best ideal-client fit, then longest since my last give.
/// One list, computed here, feeds the ledger, the weekly session and the reminder email.
/// </summary>
public static class GiveFirstRanking
{
    public static IReadOnlyList<GiveFirstEntry> Rank(
        IEnumerable<LedgerContact> contacts,
        ReadinessSettings settings,
        DateTimeOffset now,
        TimeZoneInfo zone,
        int? take = null)
    {
        var ranked = Candidates(contacts, settings, now, zone)
            .Where(e => e.State is AskState.GiveFirst or AskState.Overdrawn)
            .OrderByDescending(e => Math.Max(e.OverdueDays, 0))
            .ThenByDescending(e => e.Contact.FitScore)
            // Never given is the longest wait of all.
            .ThenByDescending(e => e.DaysSinceLastGive ?? int.MaxValue)
            .ThenBy(e => e.Contact.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Contact.Id);

        return (take is { } n ? ranked.Take(n) : ranked).Select(e => e.ToEntry(settings, now, zone)).ToList();
    }

    /// <summary>
    /// The other side of the same evaluation: connected contacts whose ask is earned, best ideal-client fit
    /// first, then the most recently given to (the relationship is warmest there).
    /// </summary>
    public static IReadOnlyList<GiveFirstEntry> RankEarnedAsks(
        IEnumerable<LedgerContact> contacts,
        ReadinessSettings settings,
        DateTimeOffset now,
        TimeZoneInfo zone,
        int? take = null)
    {
        var ranked = Candidates(contacts, settings, now, zone)
            .Where(e => e.State == AskState.AskEarned)
            .OrderByDescending(e => e.Contact.FitScore)
            .ThenBy(e => e.DaysSinceLastGive ?? int.MaxValue)
            .ThenBy(e => e.Contact.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Contact.Id);

        return (take is { } n ? ranked.Take(n) : ranked).Select(e => e.ToEntry(settings, now, zone)).ToList();
    }

    // The ranking keys of every connected contact; the reason is written only for the entries returned.
    private static IEnumerable<Candidate> Candidates(
        IEnumerable<LedgerContact> contacts,
        ReadinessSettings settings,
        DateTimeOffset now,
        TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(zone);
        var today = LocalDays.Today(now, zone);

        return contacts
            .Where(c => c.ConnectionState == ConnectionState.Connected)
            .Select(c =>
            {
                var state = AskReadiness.StateOf(c.Facts, settings, today, zone);
                var due = GiveCadence.Evaluate(c.Facts, GiveCadence.DaysFor(c.GiveCadenceDays, c.Tags, c.Role, settings), now, zone);
                int? sinceGive = c.Facts.LastGiveUtc is { } g ? LocalDays.Between(LocalDays.DateOf(g, zone), today) : null;
                return new Candidate(c, state, due.OverdueDays, sinceGive);
            });
    }

    private sealed record Candidate(LedgerContact Contact, AskState State, int OverdueDays, int? DaysSinceLastGive)
    {
        public GiveFirstEntry ToEntry(ReadinessSettings settings, DateTimeOffset now, TimeZoneInfo zone) =>
            new(Contact.Id, Contact.Name, Contact.Company, Contact.Tags, Contact.Role, Contact.FitScore, State,
                OverdueDays, DaysSinceLastGive, AskReadiness.Evaluate(Contact.Facts, settings, now, zone).Reason);
    }
}
