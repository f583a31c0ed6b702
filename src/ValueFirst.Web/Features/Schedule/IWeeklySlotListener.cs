namespace ValueFirst.Web.Features.Schedule;

/// <summary>
/// Told when a user's slot is saved, so each job that hangs off the slot (the reminder, the session build)
/// re-registers its recurring job without the slot knowing about it.
/// </summary>
public interface IWeeklySlotListener
{
    // Async: a listener may write (the ledger marks its counts stale), and blocking on that from a circuit's
    // synchronization context starves the thread pool when many users save at once.
    /// <param name="zoneChanged">Whether this save changed the user's time zone (every local day moves with it).</param>
    Task SlotChangedAsync(UserSlot slot, bool zoneChanged, CancellationToken ct);
}
