namespace ValueFirst.Core.Contacts;

/// <summary>Where a relationship stands on the networking site.</summary>
public enum ConnectionState
{
    /// <summary>Someone to reach: not yet invited.</summary>
    Target,
    /// <summary>I sent an invitation.</summary>
    Invited,
    /// <summary>They sent me an invitation that I have not answered.</summary>
    Pending,
    Connected,
    Declined,
    /// <summary>Relationship paused after hitting a barrier.</summary>
    Suspended,
}
