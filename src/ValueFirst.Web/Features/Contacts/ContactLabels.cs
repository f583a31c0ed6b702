using ValueFirst.Core.Contacts;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>The enums in the user's words, for lists and forms.</summary>
public static class ContactLabels
{
    public static string State(ConnectionState state) => state switch
    {
        ConnectionState.Target => "Target (to reach)",
        ConnectionState.Invited => "Invited (I asked)",
        ConnectionState.Pending => "Pending (they asked me)",
        ConnectionState.Connected => "Connected",
        ConnectionState.Declined => "Declined",
        ConnectionState.Suspended => "Suspended (paused)",
        _ => state.ToString(),
    };

    public static string Role(PipelineRole role) => role switch
    {
        PipelineRole.Prospect => "Prospect",
        PipelineRole.ReferralSource => "Referral source",
        PipelineRole.Resource => "Resource",
        PipelineRole.Peer => "Peer",
        _ => role.ToString(),
    };

    public static string Origin(RelationshipOrigin origin) => origin switch
    {
        RelationshipOrigin.Unknown => "Not recorded",
        RelationshipOrigin.MetInPerson => "Met in person",
        RelationshipOrigin.FormerColleague => "Former colleague",
        RelationshipOrigin.Client => "Client",
        RelationshipOrigin.UniversityAlum => "University alum",
        RelationshipOrigin.IntroducedByContact => "Introduced by another contact",
        RelationshipOrigin.MetInGroup => "Met in a group",
        RelationshipOrigin.RespectedOnline => "Respected online",
        _ => origin.ToString(),
    };

    public static string Outcome(VettingOutcome outcome) => outcome switch
    {
        VettingOutcome.Accept => "Accept",
        VettingOutcome.Hold => "Hold — ask a question first",
        VettingOutcome.Decline => "Decline",
        _ => outcome.ToString(),
    };

    /// <summary>Why a contact in this state is not vetted, in the user's words.</summary>
    public static string NoVetting(ConnectionState state) => state switch
    {
        ConnectionState.Connected => "No vetting needed: you are connected. Vetting is for invitations you receive and people you plan to invite.",
        ConnectionState.Invited => "No vetting needed: you already invited them.",
        ConnectionState.Declined => "You declined this invitation.",
        _ => "No vetting needed while the relationship is paused.",
    };
}
