namespace ValueFirst.Core.Relationships;

/// <summary>A connected contact the user could introduce someone to: the fields the matcher reads.</summary>
public sealed record IntroductionCandidate(int ContactId, string Name, string? Position, string? Company, IReadOnlyList<string> Tags, int FitScore = 0);
