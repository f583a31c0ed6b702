namespace ValueFirst.Core.Relationships;

/// <summary>A relationship to review, and why, e.g. "7 gives since 3 Mar 2025 (13 months), nothing received".</summary>
public sealed record ReviewCandidate(OneWayEffort Effort, string Reason);
