using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Time;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// messages.csv into each contact's conversations: a message from a contact, or from the owner to contacts, is stored
/// once per contact (a re-import finds it by its fingerprint and adds nothing); messages with people who are not
/// contacts are not kept. Each touched contact's last message (when, and whether they wrote it) is brought up to date,
/// and a contact whose message of the last weeks waits for a reply gets a follow-up unless one is set.
/// </summary>
internal static class MessageImport
{
    /// <summary>Messages inserted per save.</summary>
    public const int BatchSize = 2000;

    /// <summary>A reply owed for longer than this is not turned into a follow-up: the conversation is over.</summary>
    public const int ReplyWindowDays = 30;

    public static async Task WriteAsync(ImportRun run, ImportFile<LinkedInMessage> file, CancellationToken ct)
    {
        run.Skipped.AddRange(file.Problems);
        var db = run.Db;
        var owner = MessageAttribution.OwnerUrl(file.Rows, run.Index.HasUrl);
        var attributed = MessageAttribution.Attribute(file.Rows, owner, run.Index.ByUrl, run.Index.ByName).ToList();
        var known = new HashSet<(int, string)>();
        await foreach (var m in db.Set<ConversationMessage>().AsNoTracking().Where(m => m.OwnerId == run.OwnerId)
                           .Select(m => new { m.ContactId, m.Fingerprint }).AsAsyncEnumerable().WithCancellation(ct))
        {
            known.Add((m.ContactId, m.Fingerprint));
        }

        var added = 0;
        var fresh = new List<ConversationMessage>(BatchSize);

        // In contact order, a contact's messages land side by side in both (contact, …) indexes, on pages already in
        // the cache, instead of on a random page of each for every message.
        foreach (var item in attributed.OrderBy(a => a.ContactId))
        {
            var fingerprint = Fingerprint(item.Message);
            if (!known.Add((item.ContactId, fingerprint)))
            {
                continue;
            }

            var m = item.Message;
            fresh.Add(new ConversationMessage
            {
                OwnerId = run.OwnerId,
                ContactId = item.ContactId,
                ImportId = run.Record.Id,
                ConversationKey = Clip(m.ConversationId, 200)!,
                ConversationTitle = Clip(m.ConversationTitle, 300),
                SentUtc = DateTime.SpecifyKind(m.SentUtc, DateTimeKind.Utc),
                FromContact = item.FromContact,
                Subject = Clip(m.Subject, 300),
                Content = Clip(m.Content, 20_000),
                Folder = Clip(m.Folder, 50),
                Fingerprint = fingerprint,
            });
            if (fresh.Count == BatchSize)
            {
                added += await SaveAsync(run, fresh, ct);
            }
        }

        added += await SaveAsync(run, fresh, ct);
        run.Record.Messages = added;
        run.Progressed(file.Rows.Count);
        var unmatched = file.Rows.Count - attributed.Select(a => a.Message).Distinct().Count();
        if (unmatched > 0)
        {
            run.Notes.Add($"{unmatched:N0} messages with people who are not your contacts (or sponsored messages) were not kept.");
        }

        await UpdateLastMessagesAsync(run, attributed, ct);
    }

    /// <summary>The same message always hashes the same: conversation, time, sender and text.</summary>
    public static string Fingerprint(LinkedInMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = string.Join('\u001f', message.ConversationId, message.SentUtc.Ticks, message.SenderUrl ?? message.From ?? "", message.Content ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    // Written straight to the connection in the import's transaction: the change tracker's per-row work was most of an
    // export's import time. SQLite runs one prepared INSERT per message, PostgreSQL one COPY per save.
    private static async Task<int> SaveAsync(ImportRun run, List<ConversationMessage> fresh, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await PreparedInsert.InsertWithoutKeysAsync(run.Db, fresh, ct);
        var inserted = fresh.Count;
        fresh.Clear();
        return inserted;
    }

    // Each touched contact's last message, decided here from a narrow read and written without the change tracker
    // (which loaded whole contacts and compiled an UPDATE for each).
    private static async Task UpdateLastMessagesAsync(ImportRun run, List<AttributedMessage> attributed, CancellationToken ct)
    {
        var latest = attributed
            .GroupBy(a => a.ContactId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Message.SentUtc).ThenBy(a => a.FromContact).First());
        var db = run.Db;
        await using var update = LastMessageUpdate.Create(db, run.OwnerId);
        foreach (var batch in latest.Keys.Chunk(ContactImportService.BatchSize))
        {
            var ids = batch.ToList();
            var contacts = await db.Set<Contact>().AsNoTracking()
                .Where(c => c.OwnerId == run.OwnerId && ids.Contains(c.Id))
                .Select(c => new { c.Id, c.LastMessageUtc, c.FollowUpOn, c.State })
                .ToListAsync(ct);
            foreach (var contact in contacts)
            {
                var last = latest[contact.Id];
                if (contact.LastMessageUtc is { } known && known >= last.Message.SentUtc)
                {
                    continue;
                }

                var followUpOn = contact.FollowUpOn;
                if (last.FromContact && followUpOn is null && contact.State == ConnectionState.Connected
                    && LocalDays.Between(DateOnly.FromDateTime(last.Message.SentUtc), run.Today) <= ReplyWindowDays)
                {
                    followUpOn = run.Today;
                    run.FollowUpsSet++;
                }

                await update.ExecuteAsync(contact.Id, last.Message.SentUtc, last.FromContact, followUpOn, ct);
            }

            await update.FlushAsync(ct);
        }
    }

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
