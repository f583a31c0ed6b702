using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>
/// When two contacts are merged, what was done from the reminder's links about the merged-away contact counts for the
/// survivor: the session page still lists it and the same link is not taken twice. Where both contacts have a use of
/// one action in one week, the survivor's is kept (one per contact, action and week).
/// </summary>
public sealed class EmailActionMergeListener : IContactMergeListener
{
    public async Task ContactMergedAsync(ApplicationDbContext db, string ownerId, int mergedId, int survivorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var uses = db.Set<EmailActionUse>();
        var survivors = uses.Where(s => s.UserId == ownerId && s.ContactId == survivorId);
        var merged = uses.Where(u => u.UserId == ownerId && u.ContactId == mergedId);
        await merged.Where(u => survivors.Any(s => s.Action == u.Action && s.IsoYear == u.IsoYear && s.IsoWeek == u.IsoWeek)).ExecuteDeleteAsync(ct);
        await merged.ExecuteUpdateAsync(set => set.SetProperty(u => u.ContactId, survivorId), ct);
    }
}
