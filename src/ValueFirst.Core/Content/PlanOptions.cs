namespace ValueFirst.Core.Content;

/// <summary>What the planner needs besides the items; <paramref name="Today"/> is passed in so plans are reproducible.</summary>
/// <param name="Today">The user's today, in their time zone (or <c>plan --from</c>).</param>
/// <param name="Months">Horizon length, counted from the first month of <paramref name="Today"/>'s quarter.</param>
/// <param name="PreferredWeekday">Day of the week suggestions are placed on.</param>
public sealed record PlanOptions(DateOnly Today, int Months = 12, DayOfWeek PreferredWeekday = DayOfWeek.Tuesday)
{
    /// <summary>First month of the horizon; null (the default) means the first month of today's quarter.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>Six weeks: a quarter with nothing dated this close to its end is at risk.</summary>
    public const int AtRiskDays = 42;
}
