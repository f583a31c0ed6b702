using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Features.Sessions;

/// <summary>When two contacts are merged, the weekly sessions' items about the merged-away contact point to the survivor.</summary>
public sealed class SessionMergeListener : IContactMergeListener
{
    public async Task ContactMergedAsync(ApplicationDbContext db, string ownerId, int mergedId, int survivorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sessions = db.Set<WeeklySession>().Where(s => s.OwnerId == ownerId).Select(s => s.Id);
        await db.Set<SessionItem>().Where(i => i.ContactId == mergedId && sessions.Contains(i.SessionId))
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.ContactId, survivorId), ct);
    }
}
