using System.ComponentModel.DataAnnotations;

namespace ValueFirst.Web.Features.Relationships;

/// <summary>What the relationship path section of Settings edits, with the messages the user sees when it is wrong.</summary>
public sealed class RelationshipSettingsForm : IValidatableObject
{
    public const int UrlLength = 500;

    [Range(0, 10, ErrorMessage = "Touches before an invitation must be between 0 and 10.")]
    public int TouchesBeforeInvite { get; set; }

    [Range(0, 90, ErrorMessage = "The welcome's day must be between 0 and 90 (empty: no welcome step).")]
    public int? WelcomeDay { get; set; }

    [Range(0, 90, ErrorMessage = "The questions' day must be between 0 and 90 (empty: no questions step).")]
    public int? AnswersDay { get; set; }

    [Range(0, 90, ErrorMessage = "The invitation's day must be between 0 and 90 (empty: no invitation step).")]
    public int? ChannelDay { get; set; }

    [Range(7, 120, ErrorMessage = "The program's length must be between 7 and 120 days.")]
    public int ProgramDays { get; set; }

    [StringLength(UrlLength, ErrorMessage = "The blog address can be at most 500 characters.")]
    public string? BlogUrl { get; set; }

    [StringLength(UrlLength, ErrorMessage = "The newsletter address can be at most 500 characters.")]
    public string? NewsletterUrl { get; set; }

    [StringLength(UrlLength, ErrorMessage = "The group address can be at most 500 characters.")]
    public string? GroupUrl { get; set; }

    [Range(0, 10_000, ErrorMessage = "The prospects goal must be between 0 and 10,000.")]
    public int ProspectGoal { get; set; }

    [Range(0, 10_000, ErrorMessage = "The referral sources goal must be between 0 and 10,000.")]
    public int ReferralSourceGoal { get; set; }

    [Range(0, 10_000, ErrorMessage = "The resources goal must be between 0 and 10,000.")]
    public int ResourceGoal { get; set; }

    [Range(0, 1000, ErrorMessage = "Gives a month must be between 0 and 1000.")]
    public int GivesPerMonthGoal { get; set; }

    public static RelationshipSettingsForm From(RelationshipSettings settings) => new()
    {
        TouchesBeforeInvite = settings.TouchesBeforeInvite,
        WelcomeDay = settings.WelcomeDay,
        AnswersDay = settings.AnswersDay,
        ChannelDay = settings.ChannelDay,
        ProgramDays = settings.ProgramDays,
        BlogUrl = settings.BlogUrl,
        NewsletterUrl = settings.NewsletterUrl,
        GroupUrl = settings.GroupUrl,
        ProspectGoal = settings.ProspectGoal,
        ReferralSourceGoal = settings.ReferralSourceGoal,
        ResourceGoal = settings.ResourceGoal,
        GivesPerMonthGoal = settings.GivesPerMonthGoal,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (value, field, name) in new[] { (BlogUrl, nameof(BlogUrl), "blog"), (NewsletterUrl, nameof(NewsletterUrl), "newsletter"), (GroupUrl, nameof(GroupUrl), "group") })
        {
            if (!string.IsNullOrWhiteSpace(value)
                && !(Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                yield return new ValidationResult($"Enter your {name}'s address as a web address (https://…), or leave it empty.", [field]);
            }
        }

        if (WelcomeDay is { } welcome && AnswersDay is { } answers && answers < welcome)
        {
            yield return new ValidationResult("The questions come after the welcome: choose a day on or after the welcome's.", [nameof(AnswersDay)]);
        }

        foreach (var (day, field) in new[] { (WelcomeDay, nameof(WelcomeDay)), (AnswersDay, nameof(AnswersDay)), (ChannelDay, nameof(ChannelDay)) })
        {
            if (day is { } d && d >= ProgramDays)
            {
                yield return new ValidationResult($"Day {d} is after the program ends (day {ProgramDays}): choose an earlier day or a longer program.", [field]);
            }
        }
    }
}
