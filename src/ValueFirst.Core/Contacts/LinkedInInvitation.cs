namespace ValueFirst.Core.Contacts;

/// <summary>
/// One readable row of Invitations.csv, seen from the other person: for an incoming invitation the inviter, for an
/// outgoing one the invitee. The URL is normalised; the message is kept as written.
/// </summary>
public sealed record LinkedInInvitation(
    int LineNumber,
    InvitationDirection Direction,
    string Name,
    string? ProfileUrl,
    DateTime? SentUtc,
    string? Message);
