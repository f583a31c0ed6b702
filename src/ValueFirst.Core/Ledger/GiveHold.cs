using ValueFirst.Core.Contacts;

namespace ValueFirst.Core.Ledger;

/// <summary>
/// Why no give is due to a contact, whatever its cadence says, because of where the relationship stands: the gives the
/// app suggests go to connections (<see cref="GiveFirstRanking"/>); an invitation waiting for an answer is vetted before
/// anything else, and a declined or paused relationship gets none.
/// </summary>
public static class GiveHold
{
    /// <returns>The reason in the user's words; null when gives can be due (connected, a target, an invitation I sent).</returns>
    public static string? Reason(ConnectionState state) => state switch
    {
        ConnectionState.Pending => "none yet: vet their invitation first",
        ConnectionState.Declined => "none: you declined their invitation",
        ConnectionState.Suspended => "none while the relationship is paused",
        _ => null,
    };
}
