using System.ComponentModel.DataAnnotations;
using ValueFirst.Core.Contacts;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>The add/edit form: what the user may type, with the messages they see when it is wrong.</summary>
public sealed class ContactForm : IValidatableObject
{
    /// <summary>The longest answer kept for each of the three questions of the engagement program.</summary>
    public const int AnswerLength = 1000;

    [Required(ErrorMessage = "Enter the contact's name.")]
    [StringLength(200, ErrorMessage = "The name can be at most 200 characters.")]
    public string Name { get; set; } = "";

    [StringLength(300, ErrorMessage = "The headline can be at most 300 characters.")]
    public string? Headline { get; set; }

    [StringLength(200, ErrorMessage = "The position can be at most 200 characters.")]
    public string? Position { get; set; }

    [StringLength(200, ErrorMessage = "The company can be at most 200 characters.")]
    public string? Company { get; set; }

    [StringLength(500, ErrorMessage = "The profile URL can be at most 500 characters.")]
    public string? ProfileUrl { get; set; }

    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com, or leave it empty.")]
    [StringLength(254, ErrorMessage = "The email address can be at most 254 characters.")]
    public string? Email { get; set; }

    [StringLength(200, ErrorMessage = "The location can be at most 200 characters.")]
    public string? Location { get; set; }

    [StringLength(1000, ErrorMessage = "Tags can be at most 1000 characters in all.")]
    public string? Tags { get; set; }

    [StringLength(4000, ErrorMessage = "Notes can be at most 4000 characters.")]
    public string? Notes { get; set; }

    public DateOnly? ConnectedOn { get; set; }

    public ConnectionState State { get; set; } = ConnectionState.Connected;

    [Range(1, 5, ErrorMessage = "Relationship strength goes from 1 (weak) to 5 (strong).")]
    public int Strength { get; set; } = 2;

    public RelationshipOrigin Origin { get; set; }

    [StringLength(200, ErrorMessage = "The group name can be at most 200 characters.")]
    public string? OriginGroup { get; set; }

    /// <summary>Name of the contact who introduced them; resolved to one of the user's own contacts.</summary>
    [StringLength(200, ErrorMessage = "The introducer's name can be at most 200 characters.")]
    public string? IntroducedByName { get; set; }

    public PipelineRole Role { get; set; } = PipelineRole.Peer;

    public DateOnly? FollowUpOn { get; set; }

    [Range(0, 100_000, ErrorMessage = "The connection count must be between 0 and 100,000.")]
    public int? ConnectionCount { get; set; }

    [Range(1, 365, ErrorMessage = "The give cadence must be between 1 and 365 days.")]
    public int? GiveCadenceDays { get; set; }

    [StringLength(AnswerLength, ErrorMessage = "Whom they want to meet can be at most 1000 characters.")]
    public string? WantsToMeet { get; set; }

    [StringLength(AnswerLength, ErrorMessage = "Where they network can be at most 1000 characters.")]
    public string? NetworksAt { get; set; }

    [StringLength(AnswerLength, ErrorMessage = "Their ideal clients and referral sources can be at most 1000 characters.")]
    public string? IdealClientsAndReferralSources { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Core.Contacts.ProfileUrl.IsValidOrEmpty(ProfileUrl))
        {
            yield return new ValidationResult("Enter the profile as a web address (https://www.linkedin.com/in/…), or leave it empty.", [nameof(ProfileUrl)]);
        }

        if (Origin == RelationshipOrigin.MetInGroup && string.IsNullOrWhiteSpace(OriginGroup))
        {
            yield return new ValidationResult("Name the group where you met.", [nameof(OriginGroup)]);
        }

        if (Origin == RelationshipOrigin.IntroducedByContact && string.IsNullOrWhiteSpace(IntroducedByName))
        {
            yield return new ValidationResult("Name the contact who introduced you.", [nameof(IntroducedByName)]);
        }
    }

    /// <summary>Tags as stored: lower-case, distinct, semicolon-separated.</summary>
    public static string NormalizeTags(string? tags) =>
        string.Join(';', IdealClientProfileTerms.ParseList(tags).Select(t => t.ToLowerInvariant()).Distinct());

    public static ContactForm From(Contact contact, string? introducedByName) => new()
    {
        Name = contact.Name,
        Headline = contact.Headline,
        Position = contact.Position,
        Company = contact.Company,
        ProfileUrl = contact.ProfileUrl,
        Email = contact.Email,
        Location = contact.Location,
        Tags = contact.Tags.Replace(";", ", ", StringComparison.Ordinal),
        Notes = contact.Notes,
        ConnectedOn = contact.ConnectedOn,
        State = contact.State,
        Strength = contact.Strength,
        Origin = contact.Origin,
        OriginGroup = contact.OriginGroup,
        IntroducedByName = introducedByName,
        Role = contact.Role,
        FollowUpOn = contact.FollowUpOn,
        ConnectionCount = contact.ConnectionCount,
        GiveCadenceDays = contact.GiveCadenceDays,
        WantsToMeet = contact.WantsToMeet,
        NetworksAt = contact.NetworksAt,
        IdealClientsAndReferralSources = contact.IdealClientsAndReferralSources,
    };
}
