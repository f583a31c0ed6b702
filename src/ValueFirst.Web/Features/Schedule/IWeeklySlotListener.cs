using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Schedule;

/// <summary>
/// Told when a user's slot is saved, so each job that hangs off the slot (the reminder, the session build)
/// re-registers its recurring job, and the ledger recounts in a new zone, without the slot knowing about them.
/// </summary>
public interface IWeeklySlotListener
{
    /// <summary>
    /// Inside the save's transaction, after the slot and zone are written and before they commit: for writes that must
    /// stand or fall with the slot (the ledger marks its rows stale when the zone changed). None by default.
    /// </summary>
    /// <param name="zoneChanged">Whether this save changed the user's time zone (every local day moves with it).</param>
    Task SlotSavingAsync(ApplicationDbContext db, UserSlot slot, bool zoneChanged, CancellationToken ct) => Task.CompletedTask;

    // Async: a listener may do I/O, and blocking on that from a circuit's synchronization context starves the thread
    // pool when many users save at once.
    /// <summary>After the save committed: work outside the database (registering jobs, queueing a recount).</summary>
    /// <param name="zoneChanged">Whether this save changed the user's time zone (every local day moves with it).</param>
    Task SlotChangedAsync(UserSlot slot, bool zoneChanged, CancellationToken ct);
}
