using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// The user's time zone comes with the weekly slot: a new zone moves every local day the ledger counts in, so every
/// row is counted again. Another day, hour or reminder setting changes nothing the ledger counts.
/// </summary>
internal sealed class LedgerZoneListener(IDbContextFactory<ApplicationDbContext> dbFactory, LedgerRecounter recounter) : IWeeklySlotListener
{
    public async Task SlotChangedAsync(UserSlot slot, bool zoneChanged, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(slot);
        if (!zoneChanged)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await recounter.MarkStaleAsync(db, slot.UserId, ct);
        recounter.QueueRecount(slot.UserId);
    }
}
