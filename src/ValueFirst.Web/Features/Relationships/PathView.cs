using ValueFirst.Core.Contacts;
using ValueFirst.Core.Relationships;

namespace ValueFirst.Web.Features.Relationships;

/// <summary>Where one contact stands on the relationship path, as their page shows it.</summary>
/// <param name="WarmUp">For a target: the next warm-up step; null for anyone else.</param>
/// <param name="Engagement">For a new connection: the program's steps; empty outside the program.</param>
/// <param name="Introduction">For a connected contact who said whom they want to meet: the best introduction now.</param>
public sealed record PathView(
    int ContactId,
    ConnectionState State,
    DateOnly Today,
    WarmUpAdvice? WarmUp,
    DateOnly? FollowedOn,
    int Touches,
    int TouchesBeforeInvite,
    IReadOnlyList<EngagementStepStatus> Engagement,
    string? WantsToMeet,
    string? NetworksAt,
    string? IdealClientsAndReferralSources,
    IntroductionMatch? Introduction,
    DateOnly? ReviewedOn,
    ReviewDecision? ReviewDecision,
    string? ReviewNote)
{
    public bool HasAnswers => !string.IsNullOrWhiteSpace(WantsToMeet) || !string.IsNullOrWhiteSpace(NetworksAt) || !string.IsNullOrWhiteSpace(IdealClientsAndReferralSources);
}
