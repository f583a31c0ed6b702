using ValueFirst.Core.Time;

namespace ValueFirst.Core.Sessions;

/// <summary>
/// When a week's session is due. The scheduled run fires at the slot start; the catch-up at start-up builds the
/// session of a slot that started while the app was down, as long as its ISO week (in the slot's zone) is still on.
/// </summary>
public static class SessionTiming
{
    /// <summary>This week's slot start when it has already come (at or before <paramref name="now"/>), else null.</summary>
    public static DateTimeOffset? StartedThisWeek(SlotSchedule slot, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var start = slot.NextAfter(now.AddDays(-8));
        if (start > now)
        {
            return null;
        }

        for (var next = slot.NextAfter(start); next <= now; next = slot.NextAfter(next))
        {
            start = next;
        }

        return slot.WeekOf(start) == slot.WeekOf(now) ? start : null;
    }
}
