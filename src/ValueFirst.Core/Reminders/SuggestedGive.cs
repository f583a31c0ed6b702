using ValueFirst.Core.Ledger;

namespace ValueFirst.Core.Reminders;

/// <summary>
/// One concrete thing to give a contact, so the reminder says what to do and not only whom to think of.
/// Kept deliberately simple; the weekly session builds richer suggestions (articles by tag, introductions).
/// </summary>
public static class SuggestedGive
{
    public static string For(GiveFirstEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.DaysSinceLastGive is null)
        {
            return "Comment thoughtfully on their latest post";
        }

        var tag = entry.Tags.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        return tag is null
            ? "Share one of their posts with a line on why it matters"
            : $"Send them something useful about {tag}";
    }
}
