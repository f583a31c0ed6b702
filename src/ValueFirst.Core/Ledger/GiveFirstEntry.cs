using ValueFirst.Core.Contacts;

namespace ValueFirst.Core.Ledger;

/// <summary>
/// One row of "who should receive value before any ask", already ranked. The same list feeds the
/// weekly session and the reminder email, so it is computed in one place (the ledger).
/// </summary>
/// <param name="OverdueDays">Days past the next give due date; 0 or less when not overdue.</param>
/// <param name="DaysSinceLastGive">Null when I never gave to this contact.</param>
/// <param name="Reason">The readiness reason in words, e.g. "2 of 3 gives since your last ask; connected 9 days ago".</param>
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
    string Reason);
