namespace ValueFirst.Core.Ledger;

/// <summary>Whether I may ask a contact for something yet.</summary>
public enum AskState
{
    /// <summary>Not earned yet: give value first.</summary>
    GiveFirst,
    /// <summary>Enough gives, long enough connected, long enough since the last ask.</summary>
    AskEarned,
    /// <summary>More asks than gives over the last 90 days.</summary>
    Overdrawn,
}
