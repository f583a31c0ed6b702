namespace ValueFirst.Core.Sessions;

/// <summary>
/// Minutes each kind of checklist item is expected to take; the builder time-boxes the hour with them.
/// Defaults: a thoughtful give 5, vetting an invitation 2 (the rules did the thinking), a personal invitation 5
/// (it needs a written note), a follow-up 3, an earned ask 5, publishing or sharing a piece 10, a step of a new
/// connection's engagement program 5, the quarterly review 15.
/// </summary>
public sealed record SessionEstimates(
    int GiveMinutes = 5,
    int VetMinutes = 2,
    int ReachOutMinutes = 5,
    int FollowUpMinutes = 3,
    int AskMinutes = 5,
    int PublishMinutes = 10,
    int EngageMinutes = 5,
    int ReviewMinutes = 15)
{
    public static SessionEstimates Default { get; } = new();

    /// <summary>First-week steps are one-off pieces of setup work, so they have fixed estimates of their own.</summary>
    public const int FirstWeekMinutes = 15;

    public int For(SessionSection section) => section switch
    {
        SessionSection.GiveValue => GiveMinutes,
        SessionSection.VetInvitations => VetMinutes,
        SessionSection.ReachOut => ReachOutMinutes,
        SessionSection.FollowUp => FollowUpMinutes,
        SessionSection.EarnedAsks => AskMinutes,
        SessionSection.PublishOrShare => PublishMinutes,
        SessionSection.FirstWeek => FirstWeekMinutes,
        SessionSection.Engage => EngageMinutes,
        SessionSection.Review => ReviewMinutes,
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };
}
