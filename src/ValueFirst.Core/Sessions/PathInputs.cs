using ValueFirst.Core.Ledger;
using ValueFirst.Core.Relationships;

namespace ValueFirst.Core.Sessions;

/// <summary>
/// What the hour needs for the relationship path besides the classic lists: each target's warm-up and introducer,
/// the connected contacts introductions can be made to, new connections in their engagement program, contacts who said whom they
/// want to meet, the pipeline's shortfalls and whether the quarterly review is due.
/// </summary>
/// <param name="Readiness">The user's readiness settings: the engagement program's no-ask window comes from them.</param>
/// <param name="WarmUps">Per target (by contact id); a target without an entry has not been followed or touched.</param>
/// <param name="Introducers">Per target (by contact id): the connected contact who could introduce them, with their readiness.</param>
/// <param name="Candidates">Connected contacts someone who said whom they want to meet could be introduced to.</param>
/// <param name="IntroductionsMade">(seeker, other) pairs already introduced from the hour.</param>
/// <param name="ReviewWaiting">Relationships the review would list now.</param>
/// <param name="ReviewDue">No review yet this quarter.</param>
public sealed record PathInputs(
    int TouchesBeforeInvite,
    EngagementSettings Engagement,
    ReadinessSettings Readiness,
    IReadOnlyList<WarmUpFacts> WarmUps,
    IReadOnlyDictionary<int, Introducer> Introducers,
    IReadOnlyList<IntroductionCandidate> Candidates,
    IReadOnlyList<NewConnection> NewConnections,
    IReadOnlyList<IntroductionSeeker> Seekers,
    IReadOnlyCollection<(int SeekerId, int OtherId)> IntroductionsMade,
    IReadOnlyList<PipelineStatus> Shortfalls,
    int ReviewWaiting = 0,
    bool ReviewDue = false)
{
    /// <summary>No path data: targets are warmed up from scratch, nothing else is added.</summary>
    public static PathInputs Empty { get; } = new(WarmUp.DefaultTouchesBeforeInvite, EngagementSettings.Default, ReadinessSettings.Default,
        [], new Dictionary<int, Introducer>(), [], [], [], [], []);
}
