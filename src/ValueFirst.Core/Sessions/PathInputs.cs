using ValueFirst.Core.Ledger;
using ValueFirst.Core.Relationships;

namespace ValueFirst.Core.Sessions;

/// <summary>
/// What the hour needs for the relationship path besides the classic lists: each target's warm-up, the connected
/// network (introducers and introductions), new connections in their engagement program, contacts who said whom they
/// want to meet, the pipeline's shortfalls and whether the quarterly review is due.
/// </summary>
/// <param name="WarmUps">Per target (by contact id); a target without an entry has not been followed or touched.</param>
/// <param name="Network">Connected contacts with their ledger facts: who could introduce a target, who could be introduced.</param>
/// <param name="Now">The instant and <paramref name="Zone"/> readiness is evaluated in (an introducer's ask).</param>
/// <param name="IntroductionsMade">(seeker, other) pairs already introduced from the hour.</param>
/// <param name="ReviewWaiting">Relationships the review would list now.</param>
/// <param name="ReviewDue">No review yet this quarter.</param>
public sealed record PathInputs(
    int TouchesBeforeInvite,
    EngagementSettings Engagement,
    ReadinessSettings Readiness,
    DateTimeOffset Now,
    TimeZoneInfo Zone,
    IReadOnlyList<WarmUpFacts> WarmUps,
    IReadOnlyList<LedgerContact> Network,
    IReadOnlyList<NewConnection> NewConnections,
    IReadOnlyList<IntroductionSeeker> Seekers,
    IReadOnlyCollection<(int SeekerId, int OtherId)> IntroductionsMade,
    IReadOnlyList<PipelineStatus> Shortfalls,
    int ReviewWaiting = 0,
    bool ReviewDue = false)
{
    /// <summary>No path data: targets are warmed up from scratch, nothing else is added.</summary>
    public static PathInputs Empty { get; } = new(WarmUp.DefaultTouchesBeforeInvite, EngagementSettings.Default, ReadinessSettings.Default,
        DateTimeOffset.UnixEpoch, TimeZoneInfo.Utc, [], [], [], [], [], []);
}
