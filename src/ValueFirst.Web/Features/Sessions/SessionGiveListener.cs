using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Relationships;
using ValueFirst.Core.Sessions;
using ValueFirst.Core.Time;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Ledger;

namespace ValueFirst.Web.Features.Sessions;

/// <summary>
/// A give logged from the reminder email ticks the same contact's give in that week's checklist, if the week's session
/// exists, and logs the tick as a tick in the browser is; unticking it later takes that give back, as for any tick. An
/// introduction is not a give of this kind and stays as it is.
/// </summary>
public sealed class SessionGiveListener(TimeProvider time, ILogger<SessionGiveListener> logger) : ISuggestedGiveListener
{
    public async Task GiveLoggedAsync(ApplicationDbContext db, string ownerId, int contactId, long interactionId, IsoWeek week, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var itemId = await db.Set<SessionItem>().AsNoTracking()
            .Where(i => i.ContactId == contactId && i.Section == SessionSection.GiveValue && i.DoneUtc == null
                && (i.Step == null || i.Step == PathStep.GiveToIntroducer)
                && db.Set<WeeklySession>().Any(s => s.Id == i.SessionId && s.OwnerId == ownerId && s.IsoYear == week.Year && s.IsoWeek == week.Week))
            .OrderBy(i => i.Order)
            .Select(i => (long?)i.Id)
            .FirstOrDefaultAsync(ct);
        if (itemId is not { } id)
        {
            return;
        }

        // The browser tick's claim: an item ticked meanwhile keeps the give of its own tick.
        var now = time.GetUtcNow().UtcDateTime;
        var claimed = await db.Set<SessionItem>()
            .Where(i => i.Id == id && i.DoneUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.DoneUtc, now).SetProperty(i => i.InteractionId, interactionId), ct);
        if (claimed == 0)
        {
            return;
        }

        db.Add(new SessionItemLog { OwnerId = ownerId, SessionItemId = id, Done = true, AtUtc = now });
        await db.SaveChangesAsync(ct);
        logger.LogInformation("User {UserId} ticked session item {ItemId} ({Section}) from the reminder email", ownerId, id, SessionSection.GiveValue);
    }
}
