namespace ValueFirst.Core.Contacts;

/// <summary>What to do with an invitation (or a person I am thinking of inviting).</summary>
public enum VettingOutcome
{
    Accept,
    /// <summary>Not yet: ask them a question first and decide on their answer.</summary>
    Hold,
    Decline,
}
