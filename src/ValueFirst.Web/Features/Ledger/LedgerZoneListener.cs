using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>The user's time zone comes with the weekly slot: a saved slot may move every local day the ledger counts in.</summary>
internal sealed class LedgerZoneListener(IDbContextFactory<ApplicationDbContext> dbFactory, LedgerRecounter recounter) : IWeeklySlotListener
{
    public async Task SlotChangedAsync(UserSlot slot, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(slot);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await recounter.MarkStaleAsync(db, slot.UserId, ct);
        recounter.QueueRecount(slot.UserId);
    }
}
