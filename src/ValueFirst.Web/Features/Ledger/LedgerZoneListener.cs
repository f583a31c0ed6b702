using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>The user's time zone comes with the weekly slot: a saved slot may move every local day the ledger counts in.</summary>
internal sealed class LedgerZoneListener(IDbContextFactory<ApplicationDbContext> dbFactory, LedgerRecounter recounter) : IWeeklySlotListener
{
    public void SlotChanged(UserSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        using var db = dbFactory.CreateDbContext();
        recounter.MarkStaleAsync(db, slot.UserId, CancellationToken.None).GetAwaiter().GetResult();
        recounter.QueueRecount(slot.UserId);
    }
}
