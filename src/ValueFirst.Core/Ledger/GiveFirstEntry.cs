using ValueFirst.Core.Contacts;

namespace ValueFirst.Core.Ledger;

/// <summary>
/// One row of "who should receive value before any ask", already ranked. The same list feeds the dashboard, the
/// weekly session and the reminder email, so it is computed in one place (the ledger).
/// </summary>
/// <param name="OverdueDays">Days past the next give's due date (from a real give only); 0 or less when not overdue.</param>
/// <param name="DaysSinceLastGive">Null when I never gave to this contact.</param>
/// <param name="Reason">The readiness rules in words, e.g. "2 of 3 gives since your last ask ✗ · connected 3 months ago ✓".</param>
/// <param name="Why">Why this person this week, e.g. "overdue by 12 days since your last give" or "first give: a prospect, fit 72".</param>
/// <param name="RoleChangedOn">When an import last saw their position or company change.</param>
public sealed record GiveFirstEntry(
    int ContactId,
    string Name,
    string? Company,
    IReadOnlyList<string> Tags,
    PipelineRole Role,
    int FitScore,
    AskState State,
    int OverdueDays,
    int? DaysSinceLastGive,
    string Reason,
    string Why = "",
    GiveTurn Turn = GiveTurn.DueAgain,
    string? Position = null,
    DateOnly? RoleChangedOn = null);
