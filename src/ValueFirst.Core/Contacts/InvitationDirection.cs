namespace ValueFirst.Core.Contacts;

/// <summary>Who sent an invitation in LinkedIn's Invitations.csv.</summary>
public enum InvitationDirection
{
    /// <summary>They invited me: a contact to vet.</summary>
    Incoming,
    /// <summary>I invited them: waiting for their answer.</summary>
    Outgoing,
}
