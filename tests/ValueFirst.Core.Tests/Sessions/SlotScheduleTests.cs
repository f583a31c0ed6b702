using ValueFirst.Core.Time;

namespace ValueFirst.Core.Tests.Sessions;

public sealed class SlotScheduleTests
{
    // Europe/Berlin in 2026: summer time starts Sun 29 March 02:00 → 03:00 and ends Sun 25 October 03:00 → 02:00.
    private static readonly SlotSchedule TuesdayTwoPm = new(DayOfWeek.Tuesday, new TimeOnly(14, 0), "Europe/Berlin");

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Cron_names_minute_hour_and_weekday()
    {
        Assert.Equal("0 14 * * 2", TuesdayTwoPm.Cron);
        Assert.Equal("45 7 * * 0", new SlotSchedule(DayOfWeek.Sunday, new TimeOnly(7, 45), "UTC").Cron);
    }

    [Fact]
    public void Lead_time_moves_the_cron_back_within_the_day()
    {
        Assert.Equal("0 13 * * 2", TuesdayTwoPm.EarlierBy(TimeSpan.FromMinutes(60)).Cron);
        Assert.Equal("50 13 * * 2", TuesdayTwoPm.EarlierBy(TimeSpan.FromMinutes(10)).Cron);
    }

    [Fact]
    public void Lead_time_crossing_midnight_moves_to_the_previous_weekday()
    {
        var mondayEarly = new SlotSchedule(DayOfWeek.Monday, new TimeOnly(0, 30), "Europe/Berlin");
        var sundayEarly = new SlotSchedule(DayOfWeek.Sunday, new TimeOnly(0, 15), "Europe/Berlin");

        Assert.Equal("30 23 * * 0", mondayEarly.EarlierBy(TimeSpan.FromMinutes(60)).Cron);
        Assert.Equal("15 22 * * 6", sundayEarly.EarlierBy(TimeSpan.FromMinutes(120)).Cron);
    }

    [Fact]
    public void Spring_forward_keeps_the_local_time_so_the_utc_time_moves_an_hour_earlier()
    {
        var occurrences = TuesdayTwoPm.Occurrences(Utc(2026, 3, 20, 0), 2);

        Assert.Equal(Utc(2026, 3, 24, 13), occurrences[0].ToUniversalTime());
        Assert.Equal(Utc(2026, 3, 31, 12), occurrences[1].ToUniversalTime());
        Assert.All(occurrences, o => Assert.Equal(new TimeSpan(14, 0, 0), o.TimeOfDay));
    }

    [Fact]
    public void Fall_back_keeps_the_local_time_so_the_utc_time_moves_an_hour_later()
    {
        var occurrences = TuesdayTwoPm.Occurrences(Utc(2026, 10, 16, 0), 2);

        Assert.Equal(Utc(2026, 10, 20, 12), occurrences[0].ToUniversalTime());
        Assert.Equal(Utc(2026, 10, 27, 13), occurrences[1].ToUniversalTime());
        Assert.All(occurrences, o => Assert.Equal(new TimeSpan(14, 0, 0), o.TimeOfDay));
    }

    [Fact]
    public void A_time_skipped_by_spring_forward_happens_when_the_clock_jumps()
    {
        var sundayHalfPastTwo = new SlotSchedule(DayOfWeek.Sunday, new TimeOnly(2, 30), "Europe/Berlin");

        var next = sundayHalfPastTwo.NextAfter(Utc(2026, 3, 28, 12));

        Assert.Equal(Utc(2026, 3, 29, 1), next.ToUniversalTime());
    }

    [Fact]
    public void A_time_repeated_by_fall_back_happens_once_at_its_first_occurrence()
    {
        var sundayHalfPastTwo = new SlotSchedule(DayOfWeek.Sunday, new TimeOnly(2, 30), "Europe/Berlin");

        var occurrences = sundayHalfPastTwo.Occurrences(Utc(2026, 10, 24, 12), 2);

        Assert.Equal(Utc(2026, 10, 25, 0, 30), occurrences[0].ToUniversalTime());
        Assert.Equal(Utc(2026, 11, 1, 1, 30), occurrences[1].ToUniversalTime());
    }

    [Fact]
    public void Next_occurrence_is_strictly_after_the_instant()
    {
        var exactlyAtTheSlot = Utc(2026, 3, 24, 13);

        Assert.Equal(Utc(2026, 3, 31, 12), TuesdayTwoPm.NextAfter(exactlyAtTheSlot).ToUniversalTime());
        Assert.Equal(exactlyAtTheSlot, TuesdayTwoPm.NextAfter(exactlyAtTheSlot.AddTicks(-1)).ToUniversalTime());
    }

    [Fact]
    public void Week_is_the_iso_week_of_the_local_date_not_the_utc_date()
    {
        // Monday 00:30 in Berlin is still Sunday in UTC: the week must be the local one.
        var mondayEarly = new SlotSchedule(DayOfWeek.Monday, new TimeOnly(0, 30), "Europe/Berlin");
        var occurrence = mondayEarly.NextAfter(Utc(2026, 1, 1, 0));

        Assert.Equal(DayOfWeek.Sunday, occurrence.UtcDateTime.DayOfWeek);
        Assert.Equal(new IsoWeek(2026, 2), mondayEarly.WeekOf(occurrence));
    }

    [Fact]
    public void Last_days_of_december_can_belong_to_the_next_iso_year()
    {
        var tuesday = new SlotSchedule(DayOfWeek.Tuesday, new TimeOnly(9, 0), "UTC");

        var occurrence = tuesday.NextAfter(Utc(2024, 12, 28, 0));

        Assert.Equal(new IsoWeek(2025, 1), tuesday.WeekOf(occurrence));
        Assert.Equal("2025-W01", tuesday.WeekOf(occurrence).ToString());
    }
}
