namespace ValueFirst.Core.Content;

/// <summary>The cadence plan over a horizon: month and quarter states, items and suggestions.</summary>
/// <param name="Unplaced">Undated drafts left over once every open gap month has a suggestion.</param>
public sealed record CadencePlan(
    DateOnly Today,
    IReadOnlyList<MonthPlan> Months,
    IReadOnlyList<QuarterPlan> Quarters,
    IReadOnlyList<ContentItem> Unplaced)
{
    /// <summary>Every suggested placement, earliest first.</summary>
    public IEnumerable<PlannedItem> Suggestions => Months.SelectMany(m => m.Items).Where(i => i.Suggested);

    /// <summary>
    /// What to publish next: the earliest item, fixed or suggested, dated today or later and not published yet
    /// (a fixed date before a suggestion on the same day). Null when nothing is planned ahead.
    /// </summary>
    public PlannedItem? NextDue => Months
        .SelectMany(m => m.Items)
        .Where(i => i.Date >= Today && i.Item.Status != ContentStatus.Published)
        .OrderBy(i => i.Date)
        .ThenBy(i => i.Suggested)
        .FirstOrDefault();

    /// <summary>The quarter today falls in; the horizon always starts with it.</summary>
    public QuarterPlan CurrentQuarter => Quarters.First(q => q.Quarter.Contains(Today));
}
