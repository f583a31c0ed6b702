namespace ValueFirst.Core.Content;

/// <summary>
/// Builds the cadence plan: post at least quarterly, preferably monthly. Months and quarters get their
/// state from dated items only; undated drafts are suggested into the earliest gap months still ahead,
/// on the preferred weekday, best-prepared first. Pure: today comes in through <see cref="PlanOptions"/>.
/// </summary>
public static class CadencePlanner
{
    public static CadencePlan Plan(IEnumerable<ContentItem> items, PlanOptions options)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Months, 1);

        var all = items.ToList();
        var today = options.Today;
        var dated = all.Where(i => i.Date is not null).ToList();

        var months = new List<CalendarMonth>(options.Months);
        var first = CalendarMonth.Of(options.Start ?? CalendarQuarter.Of(today).First);
        for (var (m, n) = (first, 0); n < options.Months; m = m.Next(), n++)
        {
            months.Add(m);
        }

        var fixedByMonth = months.ToDictionary(
            m => m,
            m => dated.Where(i => m.Contains(i.Date!.Value))
                .OrderBy(i => i.Date).ThenBy(i => i.Path, StringComparer.Ordinal)
                .Select(i => new PlannedItem(i, i.Date!.Value, Suggested: false))
                .ToList());

        var states = months.ToDictionary(m => m, m => MonthStateOf(fixedByMonth[m]));

        // Best-prepared first; among equals the file untouched longest has waited longest (path breaks ties,
        // since a fresh git checkout gives every file the same time).
        var queue = new Queue<ContentItem>(all
            .Where(i => i.Date is null && i.Status != ContentStatus.Published)
            .OrderBy(i => i.Status switch { ContentStatus.Ready => 0, ContentStatus.Draft => 1, _ => 2 })
            .ThenBy(i => i.LastModifiedUtc)
            .ThenBy(i => i.Path, StringComparer.Ordinal));

        var monthPlans = new List<MonthPlan>(months.Count);
        foreach (var month in months)
        {
            var planned = fixedByMonth[month];
            var needsDraft = false;
            if (states[month] == MonthState.Gap && month.Last >= today)
            {
                var slot = SuggestedDateIn(month, today, options.PreferredWeekday);
                if (slot is { } date && queue.Count > 0)
                {
                    planned.Add(new PlannedItem(queue.Dequeue(), date, Suggested: true));
                }
                else
                {
                    needsDraft = true;
                }
            }

            monthPlans.Add(new MonthPlan(month, states[month], planned, needsDraft));
        }

        var quarters = months.Select(m => m.Quarter).Distinct()
            .Select(q => new QuarterPlan(q, QuarterStateOf(q, dated, today)))
            .ToList();

        return new CadencePlan(today, monthPlans, quarters, [.. queue]);
    }

    /// <summary>
    /// The date a draft for <paramref name="month"/> is suggested on: its first <paramref name="weekday"/> from today on.
    /// Null when that day is past the month's end (or the month is over).
    /// </summary>
    public static DateOnly? SuggestedDateIn(CalendarMonth month, DateOnly today, DayOfWeek weekday)
    {
        var slot = FirstWeekdayOnOrAfter(Max(month.First, today), weekday);
        return slot <= month.Last ? slot : null;
    }

    /// <summary>The first <paramref name="weekday"/> on or after <paramref name="from"/>.</summary>
    public static DateOnly FirstWeekdayOnOrAfter(DateOnly from, DayOfWeek weekday) =>
        from.AddDays(((int)weekday - (int)from.DayOfWeek + 7) % 7);

    private static MonthState MonthStateOf(IReadOnlyCollection<PlannedItem> fixedItems) =>
        fixedItems.Any(i => i.Item.IsOwn) ? MonthState.Own
        : fixedItems.Count > 0 ? MonthState.Shared
        : MonthState.Gap;

    private static QuarterState QuarterStateOf(CalendarQuarter quarter, IReadOnlyList<ContentItem> dated, DateOnly today)
    {
        var inQuarter = dated.Where(i => quarter.Contains(i.Date!.Value)).ToList();
        if (inQuarter.Any(i => i.Status == ContentStatus.Published))
        {
            return QuarterState.Met;
        }

        if (quarter.Last < today)
        {
            return QuarterState.Missed;
        }

        var onlyIdeas = inQuarter.All(i => i.Status == ContentStatus.Idea);
        var daysLeft = quarter.Last.DayNumber - Max(today, quarter.First).DayNumber + 1;
        if (onlyIdeas && daysLeft <= PlanOptions.AtRiskDays)
        {
            return QuarterState.AtRisk;
        }

        return inQuarter.Count > 0 ? QuarterState.Planned : QuarterState.Open;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
