using ValueFirst.Core.Relationships;

namespace ValueFirst.Web.Features.Relationships;

/// <summary>
/// One user's relationship path: touches before an invitation, the engagement program's days and the channels it
/// invites to, pipeline goals, the monthly give goal and when the last review was done. A user without a row gets the
/// defaults; kept in the feature's own table, keyed by user.
/// </summary>
public sealed class RelationshipSettings
{
    public const int DefaultGivesPerMonthGoal = 12;

    public required string UserId { get; set; }

    public int TouchesBeforeInvite { get; set; } = WarmUp.DefaultTouchesBeforeInvite;

    /// <summary>Days after connecting for each engagement step; null leaves the step out.</summary>
    public int? WelcomeDay { get; set; } = EngagementSettings.Default.WelcomeDay;

    public int? AnswersDay { get; set; } = EngagementSettings.Default.AnswersDay;

    public int? ChannelDay { get; set; } = EngagementSettings.Default.ChannelDay;

    public int ProgramDays { get; set; } = EngagementSettings.Default.LengthDays;

    public string? BlogUrl { get; set; }

    public string? NewsletterUrl { get; set; }

    public string? GroupUrl { get; set; }

    public int ProspectGoal { get; set; }

    public int ReferralSourceGoal { get; set; }

    public int ResourceGoal { get; set; }

    /// <summary>Gives a month the year at a glance measures against (about three a week).</summary>
    public int GivesPerMonthGoal { get; set; } = DefaultGivesPerMonthGoal;

    /// <summary>When the user last did the review (ticked it in the hour or decided on a relationship).</summary>
    public DateOnly? LastReviewOn { get; set; }

    public EngagementSettings ToEngagement() => new(WelcomeDay, AnswersDay, ChannelDay, ProgramDays, Channels());

    public PipelineGoals ToGoals() => new(ProspectGoal, ReferralSourceGoal, ResourceGoal);

    public IReadOnlyList<ChannelLink> Channels() =>
        new[] { ("blog", BlogUrl), ("newsletter", NewsletterUrl), ("group", GroupUrl) }
            .Where(c => !string.IsNullOrWhiteSpace(c.Item2))
            .Select(c => new ChannelLink(c.Item1, c.Item2!))
            .ToList();
}
