namespace ValueFirst.Core.Reminders;

/// <summary>A contact I have earned the right to ask, with the reason in words (from the ledger's readiness rules).</summary>
public sealed record EarnedAsk(string Name, string Reason);
