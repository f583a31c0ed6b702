using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>Recounts contacts' <see cref="Contact.LastMessageUtc"/> and who wrote it from their stored messages (after messages are deleted or moved).</summary>
internal static class LastMessages
{
    public static async Task RecountAsync(ApplicationDbContext db, string ownerId, IReadOnlyCollection<int> contactIds, CancellationToken ct)
    {
        foreach (var batch in contactIds.Distinct().Chunk(ContactImportService.BatchSize))
        {
            var ids = batch.ToList();
            var latest = await db.Set<ConversationMessage>().AsNoTracking()
                .Where(m => m.OwnerId == ownerId && ids.Contains(m.ContactId))
                .GroupBy(m => m.ContactId)
                .Select(g => new { ContactId = g.Key, Last = g.Max(m => m.SentUtc) })
                .ToListAsync(ct);
            foreach (var id in ids)
            {
                var last = latest.FirstOrDefault(l => l.ContactId == id)?.Last;
                var fromContact = last is { } at && await db.Set<ConversationMessage>()
                    .AnyAsync(m => m.OwnerId == ownerId && m.ContactId == id && m.SentUtc == at && m.FromContact, ct);
                await db.Set<Contact>().Where(c => c.Id == id && c.OwnerId == ownerId).ExecuteUpdateAsync(set => set
                    .SetProperty(c => c.LastMessageUtc, last)
                    .SetProperty(c => c.LastMessageFromContact, fromContact), ct);
            }
        }
    }
}
