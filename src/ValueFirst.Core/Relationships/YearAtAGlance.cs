using ValueFirst.Core.Content;
using ValueFirst.Core.Ledger;

namespace ValueFirst.Core.Relationships;

/// <summary>
/// Quality over quantity, at a glance: twelve months of gives, asks and received value against the monthly give
/// goal, articles and shares published against one a month (at least quarterly, preferably monthly), and the share
/// of the network with an interaction in the last twelve months — nurtured rather than merely collected.
/// </summary>
/// <param name="NetworkSize">Connected contacts.</param>
/// <param name="Reached">Connected contacts with an interaction in the last twelve months: a ledger entry or a message.</param>
/// <param name="ByMessageOnly">Those of <paramref name="Reached"/> with messages only, not yet recorded as gives, asks or received.</param>
public sealed record YearAtAGlance(
    IReadOnlyList<MonthFigures> Months,
    int GivesGoal,
    int ContentGoal,
    int NetworkSize,
    int Reached,
    int ByMessageOnly = 0)
{
    /// <summary>The seeds' pace for thought leadership: preferably one piece a month.</summary>
    public const int MonthlyContentGoal = 1;

    /// <summary>Whole percent of the network reached in the last twelve months; 0 for an empty network.</summary>
    public int ReachedPercent => NetworkSize == 0 ? 0 : (int)Math.Round(100.0 * Reached / NetworkSize, MidpointRounding.AwayFromZero);

    public int MonthsAtGivesGoal => GivesGoal <= 0 ? 0 : Months.Count(m => m.Gives >= GivesGoal);

    public int MonthsWithContent => Months.Count(m => m.Published >= ContentGoal);

    public static YearAtAGlance Build(MonthlyTally tally, IEnumerable<ContentItem> content, int givesGoal, int networkSize, int reached, int byMessageOnly = 0)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(content);
        var published = content
            .Where(c => c.Status == ContentStatus.Published && c.Date is not null)
            .GroupBy(c => new DateOnly(c.Date!.Value.Year, c.Date.Value.Month, 1))
            .ToDictionary(g => g.Key, g => g.Count());
        var months = Enumerable.Range(0, MonthlyTally.Months)
            .Select(i =>
            {
                var month = tally.FirstMonth.AddMonths(i);
                return new MonthFigures(month,
                    tally.Count(i, InteractionDirection.Give),
                    tally.Count(i, InteractionDirection.Ask),
                    tally.Count(i, InteractionDirection.Received),
                    published.GetValueOrDefault(month));
            })
            .ToList();
        var reachedInNetwork = Math.Clamp(reached, 0, Math.Max(0, networkSize));
        return new YearAtAGlance(months, Math.Max(0, givesGoal), MonthlyContentGoal, Math.Max(0, networkSize), reachedInNetwork,
            Math.Clamp(byMessageOnly, 0, reachedInNetwork));
    }
}
