namespace ValueFirst.Core.Contacts;

/// <summary>A 0–100 fit with the ideal-client profile and the matches that earned it ("matches role 'VP Sales'").</summary>
public sealed record FitScore(int Score, IReadOnlyList<string> Reasons);
