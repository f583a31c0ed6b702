using ValueFirst.Core.Contacts;

namespace ValueFirst.Core.Relationships;

/// <summary>A connected contact who could introduce or be introduced: the fields the matchers read.</summary>
public sealed record IntroductionCandidate(
    int ContactId,
    string Name,
    string? Position,
    string? Company,
    IReadOnlyList<string> Tags,
    int FitScore = 0,
    PipelineRole Role = PipelineRole.Peer);
