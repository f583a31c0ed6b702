using ValueFirst.Core.Sessions;

namespace ValueFirst.Core.Tests.Sessions;

public sealed class SessionTimerTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 24, 13, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_running_timer_counts_from_its_stored_start()
    {
        var timer = new SessionTimer(0, null).Start(Start);

        Assert.Equal(TimeSpan.FromMinutes(12), timer.Elapsed(Start.AddMinutes(12)));
    }

    [Fact]
    public void Pausing_keeps_the_elapsed_time_and_resuming_adds_to_it()
    {
        var paused = new SessionTimer(0, null).Start(Start).Pause(Start.AddMinutes(10));

        Assert.False(paused.IsRunning);
        Assert.Equal(600, paused.ElapsedSeconds);
        Assert.Equal(TimeSpan.FromMinutes(10), paused.Elapsed(Start.AddHours(5)));

        var resumed = paused.Start(Start.AddHours(1));
        Assert.Equal(TimeSpan.FromMinutes(15), resumed.Elapsed(Start.AddHours(1).AddMinutes(5)));
    }

    [Fact]
    public void Starting_twice_does_not_reset_the_running_stretch()
    {
        var timer = new SessionTimer(0, null).Start(Start).Start(Start.AddMinutes(30));

        Assert.Equal(TimeSpan.FromMinutes(40), timer.Elapsed(Start.AddMinutes(40)));
    }
}
