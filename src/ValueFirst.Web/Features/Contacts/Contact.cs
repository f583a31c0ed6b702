using ValueFirst.Core.Contacts;
using ValueFirst.Core.Relationships;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>A person in one user's contact book. Every query filters by <see cref="OwnerId"/>.</summary>
public sealed class Contact
{
    public int Id { get; set; }

    public required string OwnerId { get; set; }

    public required string Name { get; set; }

    /// <summary>The line under their name on the profile ("Helping SaaS founders sell").</summary>
    public string? Headline { get; set; }

    /// <summary>Job title, as LinkedIn's export calls it.</summary>
    public string? Position { get; set; }

    public string? Company { get; set; }

    /// <summary>Normalised profile URL (<see cref="Core.Contacts.ProfileUrl"/>); unique per owner when present.</summary>
    public string? ProfileUrl { get; set; }

    public string? Email { get; set; }

    public string? Location { get; set; }

    /// <summary>Tags and interests, stored as one lower-case, semicolon-separated string.</summary>
    public string Tags { get; set; } = "";

    public string? Notes { get; set; }

    public DateOnly? ConnectedOn { get; set; }

    /// <summary>When an import last saw their position or company change (a reason to congratulate them).</summary>
    public DateOnly? RoleChangedOn { get; set; }

    public ConnectionState State { get; set; } = ConnectionState.Connected;

    /// <summary>When I sent them an invitation (from the export, or the day I marked them invited).</summary>
    public DateOnly? InvitedOn { get; set; }

    /// <summary>The note that came with their invitation to me, as written; a note is a vetting signal for.</summary>
    public string? InvitationMessage { get; set; }

    /// <summary>When the last imported message with them was sent; null when none. Shown beside the ledger's last interaction.</summary>
    public DateTime? LastMessageUtc { get; set; }

    /// <summary>True when they wrote the last message (a reply is owed).</summary>
    public bool LastMessageFromContact { get; set; }

    /// <summary>When a Connections.csv import last listed them; an import that no longer does reports them as gone.</summary>
    public DateTime? LastSeenInExportUtc { get; set; }

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

    /// <summary>Their connection count as seen on the profile; the vetting rules compare it with a threshold.</summary>
    public int? ConnectionCount { get; set; }

    /// <summary>What the user noticed when vetting (signals for and against).</summary>
    public VettingSignals VettingSignals { get; set; }

    /// <summary>What the rules recommended when the user decided.</summary>
    public VettingOutcome? VettingRecommendation { get; set; }

    /// <summary>What the user decided; differs from <see cref="VettingRecommendation"/> when they overrode it.</summary>
    public VettingOutcome? VettingDecision { get; set; }

    /// <summary>Why the user overrode the recommendation (required then, kept for later).</summary>
    public string? VettingOverrideReason { get; set; }

    public DateTime? VettedUtc { get; set; }

    /// <summary>Fields the user changed by hand: an import never overwrites them.</summary>
    public ContactFields HandEdited { get; set; }

    /// <summary>
    /// When the last interaction with this contact happened; null when none. Kept by the ledger in the same
    /// transaction as every interaction write, so the contact book lists and sorts by it without reading interactions.
    /// </summary>
    public DateTime? LastInteractionUtc { get; set; }

    /// <summary>Whom they want to meet, in their words: introductions are matched against it.</summary>
    public string? WantsToMeet { get; set; }

    /// <summary>Where they network (groups, events, associations), in their words.</summary>
    public string? NetworksAt { get; set; }

    /// <summary>Their ideal clients and referral sources, in their words.</summary>
    public string? IdealClientsAndReferralSources { get; set; }

    /// <summary>Warm-up: when the user followed this target.</summary>
    public DateOnly? FollowedOn { get; set; }

    /// <summary>Warm-up: when the user asked a connected contact to introduce this target.</summary>
    public DateOnly? IntroductionAskedOn { get; set; }

    /// <summary>Warm-up: whom the user asked for that introduction.</summary>
    public int? IntroductionAskedOfContactId { get; set; }

    /// <summary>Engagement program: when the personal welcome was sent (or the step was marked done).</summary>
    public DateOnly? WelcomedOn { get; set; }

    /// <summary>Engagement program: when the user asked the three questions.</summary>
    public DateOnly? AnswersAskedOn { get; set; }

    /// <summary>Engagement program: when the user invited them to their blog, newsletter or group.</summary>
    public DateOnly? ChannelInvitedOn { get; set; }

    /// <summary>When the user last decided about this relationship in a review.</summary>
    public DateOnly? ReviewedOn { get; set; }

    public ReviewDecision? ReviewDecision { get; set; }

    /// <summary>What the user means to change, or why they let go.</summary>
    public string? ReviewNote { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
