using ValueFirst.Core.Contacts;
using ValueFirst.Core.Time;

namespace ValueFirst.Core.Ledger;

/// <summary>
/// "Who should receive value before any ask" this week: connected contacts whose ask is not earned, in three turns —
/// overdrawn relationships first, then gives due again (most overdue first, then best fit), then a few first gives
/// (<see cref="ReadinessSettings.NewRelationshipsPerWeek"/>, best fit, then pipeline role, then the most recently
/// connected). Contacts given to recently and the rest of the never-given wait for a later week, so a fresh import of
/// 800 connections is not 800 names. One list, computed here, feeds the dashboard, the weekly session and the reminder.
/// </summary>
public static class GiveFirstRanking
{
    /// <summary>A role change this recent is worth a congratulation.</summary>
    public const int RecentRoleChangeDays = 90;

    public static IReadOnlyList<GiveFirstEntry> Rank(
        IEnumerable<LedgerContact> contacts,
        ReadinessSettings settings,
        DateTimeOffset now,
        TimeZoneInfo zone,
        int? take = null)
    {
        var candidates = Candidates(contacts, settings, now, zone)
            .Where(e => e.State is AskState.GiveFirst or AskState.Overdrawn)
            .ToList();
        var overdrawn = candidates
            .Where(c => c.State == AskState.Overdrawn)
            .OrderByDescending(c => c.Contact.FitScore)
            .ThenBy(c => c.Contact.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Contact.Id)
            .Select(c => c with { Turn = GiveTurn.Overdrawn });
        var dueAgain = candidates
            .Where(c => c.State != AskState.Overdrawn && !c.Due.FirstGive && c.Due.IsDue)
            .OrderByDescending(c => c.Due.OverdueDays)
            .ThenByDescending(c => c.Contact.FitScore)
            .ThenBy(c => c.Contact.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Contact.Id)
            .Select(c => c with { Turn = GiveTurn.DueAgain });
        var firstGives = candidates
            .Where(c => c.State != AskState.Overdrawn && c.Due.FirstGive)
            // A first give whose clock has run (connected through the app weeks ago) before a fresh import's.
            .OrderByDescending(c => c.Due.IsDue)
            .ThenByDescending(c => c.Contact.FitScore)
            .ThenBy(c => c.Contact.Role)
            .ThenByDescending(c => c.Contact.Facts.ConnectedOn ?? DateOnly.MinValue)
            .ThenBy(c => c.Contact.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Contact.Id)
            .Take(Math.Max(0, settings.NewRelationshipsPerWeek))
            .Select(c => c with { Turn = GiveTurn.FirstGive });

        var ranked = overdrawn.Concat(dueAgain).Concat(firstGives);
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

    // The ranking keys of every connected contact; reasons are written only for the entries returned.
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
                return new Candidate(c, state, due, sinceGive, GiveTurn.DueAgain);
            });
    }

    private sealed record Candidate(LedgerContact Contact, AskState State, GiveDue Due, int? DaysSinceLastGive, GiveTurn Turn)
    {
        public GiveFirstEntry ToEntry(ReadinessSettings settings, DateTimeOffset now, TimeZoneInfo zone)
        {
            var readiness = AskReadiness.Evaluate(Contact.Facts, settings, now, zone);
            return new GiveFirstEntry(Contact.Id, Contact.Name, Contact.Company, Contact.Tags, Contact.Role, Contact.FitScore, State,
                Due.IsOverdue ? Due.OverdueDays : 0, DaysSinceLastGive, readiness.Reason, Why(LocalDays.Today(now, zone)), Turn,
                Contact.Position, Contact.RoleChangedOn);
        }

        // Why this person this week, from the same facts the list was ranked by.
        private string Why(DateOnly today)
        {
            var parts = new List<string>(4);
            switch (Turn)
            {
                case GiveTurn.Overdrawn:
                    parts.Add("you asked more than you gave in the last 90 days");
                    break;
                case GiveTurn.DueAgain:
                    parts.Add(Due.OverdueDays > 0
                        ? $"overdue by {Days(Due.OverdueDays)} since your last give ({LocalDays.Ago(DaysSinceLastGive ?? 0)})"
                        : $"a give is due today: your last was {LocalDays.Ago(DaysSinceLastGive ?? 0)}");
                    break;
                default:
                    parts.Add("first give: no give recorded yet");
                    if (Contact.Role is PipelineRole.Prospect or PipelineRole.ReferralSource)
                    {
                        parts.Add(Contact.Role == PipelineRole.Prospect ? "a prospect" : "a referral source");
                    }

                    if (Contact.FitScore > 0)
                    {
                        parts.Add($"ideal-client fit {Contact.FitScore}");
                    }

                    if (Contact.Facts.ConnectedOn is { } connected && LocalDays.Between(connected, today) <= 60)
                    {
                        parts.Add($"connected {LocalDays.Ago(LocalDays.Between(connected, today))}");
                    }

                    break;
            }

            if (Contact.RoleChangedOn is { } changed && LocalDays.Between(changed, today) <= RecentRoleChangeDays)
            {
                parts.Add("new role");
            }

            return string.Join(", ", parts);
        }

        private static string Days(int count) => count == 1 ? "1 day" : $"{count} days";
    }
}
