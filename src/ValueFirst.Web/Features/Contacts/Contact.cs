using ValueFirst.Core.Contacts;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>A person in one user's contact book. Every query filters by <see cref="OwnerId"/>.</summary>
public sealed class Contact
{
    public int Id { get; set; }

    public required string OwnerId { get; set; }

    public required string Name { get; set; }

    public string? Headline { get; set; }

    public string? Company { get; set; }

    /// <summary>Normalised profile URL; unique per owner when present.</summary>
    public string? ProfileUrl { get; set; }

    public string? Email { get; set; }

    public string? Location { get; set; }

    /// <summary>Tags and interests, stored as one lower-case, semicolon-separated string.</summary>
    public string Tags { get; set; } = "";

    public string? Notes { get; set; }

    public DateOnly? ConnectedOn { get; set; }

    public ConnectionState State { get; set; } = ConnectionState.Connected;

    /// <summary>1 (weak) to 5 (strong).</summary>
    public int Strength { get; set; } = 2;

    public RelationshipOrigin Origin { get; set; }

    public string? OriginGroup { get; set; }

    public int? IntroducedByContactId { get; set; }

    public PipelineRole Role { get; set; } = PipelineRole.Peer;

    public DateOnly? FollowUpOn { get; set; }

    /// <summary>Overrides the role's give cadence for this contact, in days.</summary>
    public int? GiveCadenceDays { get; set; }

    /// <summary>Ideal-client fit 0–100, recomputed when the contact or the user's profile changes.</summary>
    public int FitScore { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
