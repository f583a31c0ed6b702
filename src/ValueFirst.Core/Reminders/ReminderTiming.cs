using ValueFirst.Core.Time;

namespace ValueFirst.Core.Reminders;

/// <summary>
/// When a weekly reminder is due. The same rule serves the scheduled run, its retries and the catch-up at
/// start-up: a reminder whose slot has not started yet is still worth sending, one whose slot has passed is not.
/// </summary>
public static class ReminderTiming
{
    /// <summary>
    /// The slot start the reminder is for, when its reminder time (slot start minus <paramref name="lead"/>) has
    /// come and the slot itself has not started; otherwise null (too early, or that slot has passed).
    /// </summary>
    public static DateTimeOffset? DueSlot(SlotSchedule slot, TimeSpan lead, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var next = slot.NextAfter(now);
        return now >= next - lead ? next : null;
    }
}
