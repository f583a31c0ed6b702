namespace ValueFirst.Web.Features.Ledger;

/// <summary>One contact's ledger: figures, state and reason, and the latest interactions.</summary>
public sealed record ContactHistory(BalanceRow Row, IReadOnlyList<TimelineItem> Timeline, LedgerInputs Inputs);
