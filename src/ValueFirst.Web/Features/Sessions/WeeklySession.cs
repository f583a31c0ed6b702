using ValueFirst.Core.Sessions;
using ValueFirst.Core.Time;

namespace ValueFirst.Web.Features.Sessions;

/// <summary>
/// One user's connecting hour of one ISO week (in the user's zone). Unique per owner and week: the database's
/// unique index is what makes building idempotent across retries, restarts and servers.
/// </summary>
public sealed class WeeklySession
{
    public long Id { get; set; }

    public required string OwnerId { get; set; }

    public int IsoYear { get; set; }

    public int IsoWeek { get; set; }

    /// <summary>The zone the week was computed in (the slot's, else the user's).</summary>
    public string TimeZoneId { get; set; } = "UTC";

    public DateTime BuiltUtc { get; set; }

    public int DurationMinutes { get; set; }

    /// <summary>Timer: seconds counted before the last start.</summary>
    public int ElapsedSeconds { get; set; }

    /// <summary>Timer: when it was last started; null while paused.</summary>
    public DateTime? RunningSinceUtc { get; set; }

    public List<SessionItem> Items { get; set; } = [];

    public IsoWeek Week => new(IsoYear, IsoWeek);

    public SessionTimer Timer
    {
        get => new(ElapsedSeconds, RunningSinceUtc);
        set
        {
            ElapsedSeconds = value.ElapsedSeconds;
            RunningSinceUtc = value.RunningSinceUtc;
        }
    }
}
