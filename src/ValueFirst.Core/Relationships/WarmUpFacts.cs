using ValueFirst.Core.Contacts;

namespace ValueFirst.Core.Relationships;

/// <summary>A target's warm-up so far and their pipeline role, as the weekly hour reads them.</summary>
public sealed record WarmUpFacts(
    int ContactId,
    PipelineRole Role,
    DateOnly? FollowedOn = null,
    int Touches = 0,
    DateOnly? IntroductionAskedOn = null,
    string? IntroductionAskedOf = null);
