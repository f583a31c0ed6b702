using ValueFirst.Core.Reminders;
using ValueFirst.Core.Time;

namespace ValueFirst.Core.Tests.Reminders;

public sealed class ReminderTimingTests
{
    private static readonly SlotSchedule TuesdayTwoPm = new(DayOfWeek.Tuesday, new TimeOnly(14, 0), "Europe/Berlin");
    private static readonly TimeSpan Hour = TimeSpan.FromMinutes(60);

    // Tue 24 March 2026 14:00 in Berlin is 13:00 UTC.
    private static DateTimeOffset At(int hour, int minute = 0) => new(2026, 3, 24, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Reminder_is_due_from_the_lead_time_until_the_slot_starts()
    {
        Assert.Equal(At(13), ReminderTiming.DueSlot(TuesdayTwoPm, Hour, At(12))!.Value.ToUniversalTime());
        Assert.Equal(At(13), ReminderTiming.DueSlot(TuesdayTwoPm, Hour, At(12, 59))!.Value.ToUniversalTime());
    }

    [Fact]
    public void Missed_reminder_whose_slot_has_not_started_is_still_due()
    {
        // The app was down at 12:00 and comes back at 12:40: the slot at 13:00 is still ahead.
        Assert.NotNull(ReminderTiming.DueSlot(TuesdayTwoPm, Hour, At(12, 40)));
    }

    [Fact]
    public void Missed_reminder_whose_slot_has_passed_is_not_sent()
    {
        // Back at 13:30, after the slot started: neither this week's nor next week's reminder is due.
        Assert.Null(ReminderTiming.DueSlot(TuesdayTwoPm, Hour, At(13, 30)));
        Assert.Null(ReminderTiming.DueSlot(TuesdayTwoPm, Hour, At(13)));
    }

    [Fact]
    public void Reminder_is_not_due_before_the_lead_time()
    {
        Assert.Null(ReminderTiming.DueSlot(TuesdayTwoPm, Hour, At(11, 59)));
    }
}
