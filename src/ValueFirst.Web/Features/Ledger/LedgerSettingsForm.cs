using System.ComponentModel.DataAnnotations;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>What the settings section edits; validated before it reaches <see cref="LedgerSettings"/>.</summary>
public sealed class LedgerSettingsForm : IValidatableObject
{
    [Display(Name = "Gives before an ask")]
    [Range(0, 20, ErrorMessage = "Gives before an ask must be between 0 and 20.")]
    public int RequiredGivesBeforeAsk { get; set; }

    [Display(Name = "Days after connecting before a first ask")]
    [Range(0, 365, ErrorMessage = "Days after connecting must be between 0 and 365.")]
    public int MinDaysBeforeFirstAsk { get; set; }

    [Display(Name = "Days between asks")]
    [Range(0, 365, ErrorMessage = "Days between asks must be between 0 and 365.")]
    public int MinDaysBetweenAsks { get; set; }

    [Range(1, 365, ErrorMessage = "The prospect cadence must be between 1 and 365 days.")]
    public int ProspectCadenceDays { get; set; }

    [Range(1, 365, ErrorMessage = "The referral source cadence must be between 1 and 365 days.")]
    public int ReferralSourceCadenceDays { get; set; }

    [Range(1, 365, ErrorMessage = "The resource cadence must be between 1 and 365 days.")]
    public int ResourceCadenceDays { get; set; }

    [Range(1, 365, ErrorMessage = "The peer cadence must be between 1 and 365 days.")]
    public int PeerCadenceDays { get; set; }

    [StringLength(1000, ErrorMessage = "Tag cadences are limited to 1000 characters.")]
    public string? TagCadences { get; set; }

    [Display(Name = "New relationships per week")]
    [Range(0, 50, ErrorMessage = "New relationships per week must be between 0 and 50.")]
    public int NewRelationshipsPerWeek { get; set; }

    public static LedgerSettingsForm From(LedgerSettings settings) => new()
    {
        RequiredGivesBeforeAsk = settings.RequiredGivesBeforeAsk,
        MinDaysBeforeFirstAsk = settings.MinDaysBeforeFirstAsk,
        MinDaysBetweenAsks = settings.MinDaysBetweenAsks,
        ProspectCadenceDays = settings.ProspectCadenceDays,
        ReferralSourceCadenceDays = settings.ReferralSourceCadenceDays,
        ResourceCadenceDays = settings.ResourceCadenceDays,
        PeerCadenceDays = settings.PeerCadenceDays,
        TagCadences = settings.TagCadences,
        NewRelationshipsPerWeek = settings.NewRelationshipsPerWeek,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!LedgerSettings.TryParseTagCadences(TagCadences, out _, out var error))
        {
            yield return new ValidationResult(error, [nameof(TagCadences)]);
        }
    }
}
