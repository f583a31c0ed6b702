using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>One user's imports, newest first, with each one's change report; and deleting the messages an import brought.</summary>
public sealed class ImportHistory(IDbContextFactory<ApplicationDbContext> dbFactory, TimeProvider clock, ILogger<ImportHistory> logger)
{
    public async Task<IReadOnlyList<ImportSummary>> ListAsync(string ownerId, int take = 20, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var imports = await db.Set<ContactImport>().AsNoTracking().Include(i => i.Changes)
            .Where(i => i.OwnerId == ownerId)
            .OrderByDescending(i => i.ImportedUtc).ThenByDescending(i => i.Id)
            .Take(take)
            .AsSplitQuery()
            .ToListAsync(ct);
        return imports.Select(i => new ImportSummary(i)).ToList();
    }

    /// <summary>
    /// Deletes every message the import brought and recounts the touched contacts' last message, in one transaction.
    /// </summary>
    /// <returns>How many messages were deleted; null when the import is not the owner's.</returns>
    public async Task<int?> DeleteMessagesAsync(string ownerId, long importId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var found = await db.Set<ContactImport>().Where(i => i.Id == importId && i.OwnerId == ownerId)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.MessagesDeletedUtc, clock.GetUtcNow().UtcDateTime), ct);
        if (found == 0)
        {
            return null;
        }

        var messages = db.Set<ConversationMessage>().Where(m => m.ImportId == importId && m.OwnerId == ownerId);
        var contacts = await messages.Select(m => m.ContactId).Distinct().ToListAsync(ct);
        var deleted = await messages.ExecuteDeleteAsync(ct);
        await LastMessages.RecountAsync(db, ownerId, contacts, ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Deleted {Count} imported messages of import {ImportId} for user {UserId}", deleted, importId, ownerId);
        return deleted;
    }
}
