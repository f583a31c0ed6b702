using ValueFirst.Core.Time;

namespace ValueFirst.Core.Relationships;

/// <summary>
/// Down the road, if a barrier is reached, review and determine if future efforts are worthwhile. Selects the
/// relationships with sustained one-way effort (<see cref="ReviewRules"/>) — most gives first — and says when the
/// quarterly review is due: once per calendar quarter, and at any time on demand.
/// </summary>
public static class RelationshipReview
{
    public static IReadOnlyList<ReviewCandidate> Select(IEnumerable<OneWayEffort> efforts, ReviewRules rules, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(efforts);
        ArgumentNullException.ThrowIfNull(rules);
        var longAgo = LatestFirstGiveOn(rules, today);
        var revisitBy = LatestReviewToRevisit(rules, today);
        return efforts
            .Where(e => e.Gives >= rules.MinGives && e.FirstGiveOn <= longAgo)
            .Where(e => e.LastReplyOn is not { } reply || reply < e.FirstGiveOn)
            .Where(e => e.ReviewedOn is not { } reviewed || reviewed <= revisitBy)
            .OrderByDescending(e => e.Gives)
            .ThenBy(e => e.FirstGiveOn)
            .ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.ContactId)
            .Select(e => new ReviewCandidate(e, Reason(e, today)))
            .ToList();
    }

    /// <summary>The latest first give of a run of one-way gives long enough to review today.</summary>
    public static DateOnly LatestFirstGiveOn(ReviewRules rules, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return today.AddMonths(-rules.MinMonths);
    }

    /// <summary>The latest past review that is asked about again today (a review on a later day still holds).</summary>
    public static DateOnly LatestReviewToRevisit(ReviewRules rules, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return today.AddDays(-rules.RevisitDays);
    }

    /// <summary>Due when no review was done this calendar quarter.</summary>
    public static bool IsDue(DateOnly? lastReviewOn, DateOnly today) => lastReviewOn is not { } last || last < QuarterStart(today);

    public static DateOnly QuarterStart(DateOnly day) => new(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);

    private static string Reason(OneWayEffort e, DateOnly today)
    {
        var months = Math.Max(0, ((today.Year - e.FirstGiveOn.Year) * 12) + today.Month - e.FirstGiveOn.Month - (today.Day < e.FirstGiveOn.Day ? 1 : 0));
        var back = e.LastReceivedOn is { } received ? $"nothing received since {LocalDays.Date(received, today)}" : "nothing received";
        var reviewed = e.ReviewedOn is { } on && e.Decision is { } decision
            ? $"; you chose to {Words(decision)} on {LocalDays.Date(on, today)}"
            : "";
        return $"{e.Gives} gives since {LocalDays.Date(e.FirstGiveOn, today)} ({(months == 1 ? "1 month" : $"{months} months")}), {back}{reviewed}";
    }

    public static string Words(ReviewDecision decision) => decision switch
    {
        ReviewDecision.Continue => "continue",
        ReviewDecision.ChangeApproach => "change approach",
        _ => "suspend",
    };
}
