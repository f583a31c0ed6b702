namespace ValueFirst.Core.Relationships;

/// <summary>A connected contact who told the user whom they want to meet.</summary>
public sealed record IntroductionSeeker(int ContactId, string Name, string? Company, string WantsToMeet);
