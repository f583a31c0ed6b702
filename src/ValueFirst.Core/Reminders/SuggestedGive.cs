using ValueFirst.Core.Ledger;
using ValueFirst.Core.Time;

namespace ValueFirst.Core.Reminders;

/// <summary>
/// One concrete thing to give a contact, so the reminder says what to do and not only whom to think of. The weekly
/// session chooses richer, varied ideas (articles by tag, introductions); this is the short form for an email.
/// </summary>
public static class SuggestedGive
{
    public static string For(GiveFirstEntry entry, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.RoleChangedOn is { } changed && LocalDays.Between(changed, today) <= GiveFirstRanking.RecentRoleChangeDays)
        {
            return "Congratulate them on their new role";
        }

        var tag = entry.Tags.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        if (tag is not null)
        {
            return $"Send them something useful about {tag}";
        }

        return entry.Turn == GiveTurn.FirstGive
            ? "Comment thoughtfully on their latest post"
            : "Share one of their posts with a line on why it matters";
    }
}
