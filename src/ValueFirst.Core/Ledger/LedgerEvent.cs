namespace ValueFirst.Core.Ledger;

/// <summary>The part of an interaction the balance depends on: when, and which way value moved.</summary>
public readonly record struct LedgerEvent(DateTime OccurredUtc, InteractionDirection Direction);
