namespace ValueFirst.Core.Sessions;

/// <summary>
/// The sections of the weekly connecting hour, in priority order: the builder fills the hour from the top,
/// so giving value always comes before asking, and writing comes last because it keeps for another week.
/// </summary>
public enum SessionSection
{
    GiveValue,
    VetInvitations,
    ReachOut,
    FollowUp,
    EarnedAsks,
    PublishOrShare,
    /// <summary>An empty contact book: the steps that make next week's checklist useful.</summary>
    FirstWeek,
    /// <summary>New connections' engagement program: a welcome, the three questions, an invitation to your channels.</summary>
    Engage,
    /// <summary>Once a quarter: review the relationships with sustained one-way effort.</summary>
    Review,
}
