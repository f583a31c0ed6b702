using ValueFirst.Core.Time;

namespace ValueFirst.Core.Sessions;

/// <summary>
/// A week's checklist: the items that fit the hour in priority order, and what did not fit (shown on the page
/// so nothing is silently dropped).
/// </summary>
public sealed record WeeklySessionPlan(
    IsoWeek Week,
    int DurationMinutes,
    IReadOnlyList<PlannedSessionItem> Items,
    IReadOnlyList<PlannedSessionItem> NotFitted)
{
    public int PlannedMinutes => Items.Sum(i => i.EstimateMinutes);

    /// <summary>True when the book was empty and the plan is the first-week checklist.</summary>
    public bool IsFirstWeek => Items.Concat(NotFitted).Any(i => i.Section == SessionSection.FirstWeek);
}
