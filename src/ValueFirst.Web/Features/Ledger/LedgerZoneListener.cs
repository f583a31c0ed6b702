using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// The user's time zone comes with the weekly slot: a new zone moves every local day the ledger counts in, so every
/// row is counted again. Another day, hour or reminder setting changes nothing the ledger counts.
/// </summary>
internal sealed class LedgerZoneListener(LedgerRecounter recounter) : IWeeklySlotListener
{
    // In the slot's transaction: a zone saved without its stale marks would leave rows counted in the old zone's days
    // until each one's own recount day (the queued job alone is not enough: Hangfire's in-memory queue dies with the app).
    public async Task SlotSavingAsync(ApplicationDbContext db, UserSlot slot, bool zoneChanged, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(slot);
        if (zoneChanged)
        {
            await recounter.MarkStaleAsync(db, slot.UserId, slot.Zone, ct);
        }
    }

    public Task SlotChangedAsync(UserSlot slot, bool zoneChanged, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(slot);
        if (zoneChanged)
        {
            recounter.QueueRecount(slot.UserId);
        }

        return Task.CompletedTask;
    }
}
