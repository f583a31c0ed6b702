using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// When two contacts are merged, a pause on either (a snooze or "not this person") holds for the survivor until the
/// later of the two ends: the user said so about this person, whichever copy the reminder named.
/// </summary>
public sealed class SuggestionPauseMergeListener : IContactMergeListener
{
    public async Task ContactMergedAsync(ApplicationDbContext db, string ownerId, int mergedId, int survivorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pauses = db.Set<SuggestionPause>();
        var mergedUntil = await pauses.Where(p => p.OwnerId == ownerId && p.ContactId == mergedId).Select(p => (DateOnly?)p.PausedUntil).SingleOrDefaultAsync(ct);
        if (mergedUntil is not { } until)
        {
            return;
        }

        // The merged-away contact's row goes with it (cascade); the survivor's is moved forward or created.
        var moved = await pauses.Where(p => p.OwnerId == ownerId && p.ContactId == survivorId)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.PausedUntil, p => p.PausedUntil < until ? until : p.PausedUntil), ct);
        if (moved == 0)
        {
            db.Add(new SuggestionPause { OwnerId = ownerId, ContactId = survivorId, PausedUntil = until });
            await db.SaveChangesAsync(ct);
        }
    }
}
