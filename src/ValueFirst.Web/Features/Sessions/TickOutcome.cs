namespace ValueFirst.Web.Features.Sessions;

/// <summary>What ticking or unticking a session item did.</summary>
public enum TickOutcome
{
    Done,
    Undone,
    /// <summary>No such item for this user (another user's item answers the same).</summary>
    NotFound,
    /// <summary>A reach-out needs the personal note that was sent; nothing was recorded.</summary>
    NoteRequired,
    /// <summary>An ask that is not earned: nothing recorded until the user confirms, having seen the warning.</summary>
    NeedsConfirmation,
    /// <summary>The ledger or the contact book refused (e.g. the contact was deleted); the message says why.</summary>
    Refused,
}
