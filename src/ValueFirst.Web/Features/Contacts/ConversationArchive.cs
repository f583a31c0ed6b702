using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// The imported LinkedIn messages with one owner's contacts: read per contact for its page, and marked when the user
/// makes a ledger entry of one. Message text is private: it is shown to its owner and never logged.
/// </summary>
public sealed class ConversationArchive(IDbContextFactory<ApplicationDbContext> dbFactory)
{
    /// <summary>The contact's conversations (the <paramref name="limit"/> latest messages); empty for another user's contact.</summary>
    public async Task<ContactConversations> GetAsync(string ownerId, int contactId, int limit = 200, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var mine = db.Set<ConversationMessage>().AsNoTracking().Where(m => m.OwnerId == ownerId && m.ContactId == contactId);
        var latest = await mine.OrderByDescending(m => m.SentUtc).ThenByDescending(m => m.Id).Take(limit)
            .Select(m => new { m.ConversationKey, m.ConversationTitle, View = new MessageView(m.Id, m.SentUtc, m.FromContact, m.Subject, m.Content, m.InteractionId) })
            .ToListAsync(ct);
        var count = await mine.CountAsync(ct);
        var fromThem = await mine.Where(m => m.FromContact).MaxAsync(m => (DateTime?)m.SentUtc, ct);
        var fromMe = await mine.Where(m => !m.FromContact).MaxAsync(m => (DateTime?)m.SentUtc, ct);
        var conversations = latest
            .GroupBy(m => m.ConversationKey)
            .Select(g => new ConversationView(g.Key, g.First().ConversationTitle, g.Select(m => m.View).ToList()))
            .OrderByDescending(c => c.LastUtc)
            .ToList();
        bool? theyWroteLast = fromThem is null && fromMe is null ? null : (fromThem ?? DateTime.MinValue) > (fromMe ?? DateTime.MinValue);
        return new ContactConversations(conversations, count, fromThem, fromMe, theyWroteLast);
    }

    /// <summary>
    /// Notes, in the caller's unit of work, that the user recorded <paramref name="interactionId"/> from this message.
    /// False when the message is not the owner's, not with <paramref name="contactId"/>, or already recorded.
    /// </summary>
    public async Task<bool> MarkRecordedAsync(ApplicationDbContext db, string ownerId, int contactId, long messageId, long interactionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var changed = await db.Set<ConversationMessage>()
            .Where(m => m.Id == messageId && m.OwnerId == ownerId && m.ContactId == contactId && m.InteractionId == null)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.InteractionId, interactionId), ct);
        return changed > 0;
    }

    /// <summary>The message's time, or null when it is not the owner's message with this contact or already recorded.</summary>
    public async Task<DateTime?> FindUnrecordedAsync(ApplicationDbContext db, string ownerId, int contactId, long messageId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Set<ConversationMessage>()
            .Where(m => m.Id == messageId && m.OwnerId == ownerId && m.ContactId == contactId && m.InteractionId == null)
            .Select(m => (DateTime?)m.SentUtc)
            .SingleOrDefaultAsync(ct);
    }
}
