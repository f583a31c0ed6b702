namespace ValueFirst.Core.Contacts;

/// <summary>Two contacts that are probably one person (the lower id first) and every reason to think so.</summary>
public sealed record LikelyDuplicate(int FirstId, int SecondId, IReadOnlyList<DuplicateReason> Reasons);
