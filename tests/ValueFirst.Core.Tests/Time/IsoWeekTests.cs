using ValueFirst.Core.Time;

namespace ValueFirst.Core.Tests.Time;

public class IsoWeekTests
{
    [Fact]
    public void Week_runs_from_monday_to_sunday()
    {
        var week = new IsoWeek(2026, 13);

        Assert.Equal(new DateOnly(2026, 3, 23), week.Monday);
        Assert.Equal(new DateOnly(2026, 3, 29), week.Sunday);
    }

    [Fact]
    public void First_week_of_a_year_can_start_in_december()
    {
        Assert.Equal(new DateOnly(2025, 12, 29), new IsoWeek(2026, 1).Monday);
        Assert.Equal(new IsoWeek(2026, 1), IsoWeek.Of(new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void Last_days_of_a_year_can_belong_to_week_53_of_it()
    {
        Assert.Equal(new IsoWeek(2026, 53), IsoWeek.Of(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void A_week_contains_its_sunday_but_not_the_next_monday()
    {
        var week = new IsoWeek(2026, 13);

        Assert.True(week.Contains(new DateOnly(2026, 3, 29)));
        Assert.False(week.Contains(new DateOnly(2026, 3, 30)));
    }
}
