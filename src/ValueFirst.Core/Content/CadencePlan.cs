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
}
