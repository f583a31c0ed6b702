using ValueFirst.Core.Contacts;

namespace ValueFirst.Core.Ledger;

/// <summary>
/// The day "days since connecting" counts from. Hand-added contacts and older LinkedIn exports often have no
/// "connected on" date; such a contact is connected at least since it was added, so that day counts. Without
/// it the ledger said "not connected yet" next to "Connected" and the ask could never be earned.
/// </summary>
public static class ConnectionDate
{
    /// <param name="state">The contact's connection state; only a connected contact falls back to the day it was added.</param>
    /// <param name="connectedOn">The recorded date, which always wins when known.</param>
    /// <param name="addedOn">The local day the contact was added to ValueFirst.</param>
    /// <param name="invitedOn">When I invited them, if I did: they cannot have accepted before, so a later invitation counts instead.</param>
    public static DateOnly? CountFrom(ConnectionState state, DateOnly? connectedOn, DateOnly addedOn, DateOnly? invitedOn = null) =>
        connectedOn ?? (state == ConnectionState.Connected ? (invitedOn > addedOn ? invitedOn : addedOn) : null);
}
