namespace ValueFirst.Core.Content;

/// <summary>One month of the plan.</summary>
/// <param name="NeedsDraft">
/// A gap that still has time left and got no suggestion because every undated draft is placed:
/// the writer should write one or share a recommended article.
/// </param>
public sealed record MonthPlan(CalendarMonth Month, MonthState State, IReadOnlyList<PlannedItem> Items, bool NeedsDraft);
