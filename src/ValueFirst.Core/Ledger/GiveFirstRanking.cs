using ValueFirst.Core.Contacts;

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
        var ranked = EvaluateConnected(contacts, settings, now, zone)
            .Where(e => e.State is AskState.GiveFirst or AskState.Overdrawn)
            .OrderByDescending(e => Math.Max(e.OverdueDays, 0))
            .ThenByDescending(e => e.FitScore)
            // Never given is the longest wait of all.
            .ThenByDescending(e => e.DaysSinceLastGive ?? int.MaxValue)
            .ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.ContactId);

        return (take is { } n ? ranked.Take(n) : ranked).ToList();
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
        var ranked = EvaluateConnected(contacts, settings, now, zone)
            .Where(e => e.State == AskState.AskEarned)
            .OrderByDescending(e => e.FitScore)
            .ThenBy(e => e.DaysSinceLastGive ?? int.MaxValue)
            .ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.ContactId);

        return (take is { } n ? ranked.Take(n) : ranked).ToList();
    }

    private static IEnumerable<GiveFirstEntry> EvaluateConnected(
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
                var readiness = AskReadiness.Evaluate(c.Facts, settings, now, zone);
                var due = GiveCadence.Evaluate(c.Facts, GiveCadence.DaysFor(c.GiveCadenceDays, c.Tags, c.Role, settings), now, zone);
                int? sinceGive = c.Facts.LastGiveUtc is { } g ? LocalDays.Between(LocalDays.DateOf(g, zone), today) : null;
                return new GiveFirstEntry(c.Id, c.Name, c.Company, c.Tags, c.Role, c.FitScore, readiness.State,
                    due.OverdueDays, sinceGive, readiness.Reason);
            });
    }
}
