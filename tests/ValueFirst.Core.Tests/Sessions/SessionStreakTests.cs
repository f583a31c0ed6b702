using ValueFirst.Core.Sessions;
using ValueFirst.Core.Time;

namespace ValueFirst.Core.Tests.Sessions;

public sealed class SessionStreakTests
{
    [Fact]
    public void Consecutive_completed_weeks_count_back_across_the_new_year()
    {
        // 2026-W01 follows 2025-W52 (2025 has 52 ISO weeks).
        var weeks = new[] { new IsoWeek(2025, 51), new IsoWeek(2025, 52), new IsoWeek(2026, 1) };

        Assert.Equal(3, SessionStreak.Count(weeks, new IsoWeek(2026, 1)));
    }

    [Fact]
    public void An_open_current_week_does_not_break_the_streak_ending_last_week()
    {
        var weeks = new[] { new IsoWeek(2026, 11), new IsoWeek(2026, 12) };

        Assert.Equal(2, SessionStreak.Count(weeks, new IsoWeek(2026, 13)));
    }

    [Fact]
    public void A_missed_week_breaks_the_streak()
    {
        var weeks = new[] { new IsoWeek(2026, 9), new IsoWeek(2026, 10), new IsoWeek(2026, 12) };

        Assert.Equal(1, SessionStreak.Count(weeks, new IsoWeek(2026, 13)));
        Assert.Equal(0, SessionStreak.Count(weeks, new IsoWeek(2026, 15)));
    }

    [Theory]
    [InlineData(5, 5, 10, true)]
    [InlineData(5, 4, 10, false)]
    [InlineData(5, 1, 60, true)]
    [InlineData(0, 0, 10, false)]
    public void An_hour_is_completed_when_every_fitted_item_is_done_or_the_timer_ran_the_duration(int fitted, int done, int elapsedMinutes, bool completed)
    {
        Assert.Equal(completed, SessionStreak.IsCompleted(fitted, done, TimeSpan.FromMinutes(elapsedMinutes), 60));
    }
}
