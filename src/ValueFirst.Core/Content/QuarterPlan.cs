namespace ValueFirst.Core.Content;

/// <summary>One quarter of the plan.</summary>
public sealed record QuarterPlan(CalendarQuarter Quarter, QuarterState State);
