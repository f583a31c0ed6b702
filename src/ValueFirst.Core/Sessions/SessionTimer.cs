namespace ValueFirst.Core.Sessions;

/// <summary>
/// The session's stopwatch as stored state: seconds already counted plus, while running, when it was last
/// started. Elapsed time is computed from that and "now", so it survives a page reload and a server restart.
/// </summary>
public readonly record struct SessionTimer(int ElapsedSeconds, DateTime? RunningSinceUtc)
{
    public bool IsRunning => RunningSinceUtc is not null;

    public TimeSpan Elapsed(DateTimeOffset now)
    {
        var running = RunningSinceUtc is { } since ? now.UtcDateTime - DateTime.SpecifyKind(since, DateTimeKind.Utc) : TimeSpan.Zero;
        return TimeSpan.FromSeconds(ElapsedSeconds) + (running > TimeSpan.Zero ? running : TimeSpan.Zero);
    }

    /// <summary>Starts or resumes; starting a running timer changes nothing.</summary>
    public SessionTimer Start(DateTimeOffset now) => IsRunning ? this : this with { RunningSinceUtc = now.UtcDateTime };

    /// <summary>Pauses, folding the running stretch into <see cref="ElapsedSeconds"/>; pausing a paused timer changes nothing.</summary>
    public SessionTimer Pause(DateTimeOffset now) =>
        IsRunning ? new SessionTimer((int)Math.Min(int.MaxValue, Elapsed(now).TotalSeconds), null) : this;
}
