namespace ValueFirst.Core.Contacts;

/// <summary>
/// Whom the vetting rules are judging: someone who invited me, or someone I am thinking of inviting. A contact I am
/// already connected with (or have invited, or declined) is not vetted again.
/// </summary>
public enum VettingSubject
{
    /// <summary>They sent me an invitation that waits for my answer.</summary>
    IncomingInvitation,
    /// <summary>Someone I plan to invite.</summary>
    Target,
}
