using ValueFirst.Core.Sessions;
using ValueFirst.Core.Time;

namespace ValueFirst.Core.Tests.Sessions;

public sealed class SessionTimingTests
{
    private static readonly SlotSchedule TuesdayTwoPm = new(DayOfWeek.Tuesday, new TimeOnly(14, 0), "Europe/Berlin");

    [Fact]
    public void A_slot_that_started_earlier_this_week_is_due_for_catch_up()
    {
        // Thu 26 March 2026 09:00 UTC: Tuesday's 14:00 Berlin (13:00 UTC) slot has passed in the same ISO week.
        var started = SessionTiming.StartedThisWeek(TuesdayTwoPm, new DateTimeOffset(2026, 3, 26, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 3, 24, 13, 0, 0, TimeSpan.Zero), started);
    }

    [Fact]
    public void Before_this_weeks_slot_nothing_is_due()
    {
        Assert.Null(SessionTiming.StartedThisWeek(TuesdayTwoPm, new DateTimeOffset(2026, 3, 24, 12, 59, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_slot_start_itself_counts_as_started()
    {
        var start = new DateTimeOffset(2026, 3, 24, 13, 0, 0, TimeSpan.Zero);

        Assert.Equal(start, SessionTiming.StartedThisWeek(TuesdayTwoPm, start));
    }

    [Fact]
    public void After_a_dst_change_the_local_start_is_kept()
    {
        // Summer time began Sun 29 March: Tue 31 March 14:00 Berlin is 12:00 UTC.
        var started = SessionTiming.StartedThisWeek(TuesdayTwoPm, new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 3, 31, 12, 0, 0, TimeSpan.Zero), started);
    }

    [Fact]
    public void Last_weeks_slot_is_not_caught_up_in_a_new_week()
    {
        var sundayLate = new SlotSchedule(DayOfWeek.Sunday, new TimeOnly(22, 0), "Europe/Berlin");

        // Mon 30 March 07:00 Berlin: Sunday's slot belongs to week 13, now is week 14.
        Assert.Null(SessionTiming.StartedThisWeek(sundayLate, new DateTimeOffset(2026, 3, 30, 5, 0, 0, TimeSpan.Zero)));
    }
}
