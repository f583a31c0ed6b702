using Microsoft.EntityFrameworkCore;
using MimeKit;
using ValueFirst.Core.Mail;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Email.Outbox;

/// <summary>
/// Records emails in the caller's unit of work. Nothing is sent here: once the caller's transaction commits,
/// <see cref="OutboxCommitInterceptor"/> queues each message's delivery job, and <see cref="OutboxDelivery"/> sends it.
/// </summary>
public sealed class MailOutbox(TimeProvider time)
{
    /// <summary>Adds <paramref name="message"/> to <paramref name="db"/>; it is recorded when the caller saves, due at once.</summary>
    /// <param name="expires">When it stops being useful (a reminder once its slot starts); null: never.</param>
    public OutboxMessage Add(ApplicationDbContext db, MailPurpose purpose, MimeMessage message, string? userId, DateTimeOffset? expires = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrEmpty(message.MessageId))
        {
            throw new ArgumentException("Compose the message with its Message-Id first (MessageComposer).", nameof(message));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var recorded = new OutboxMessage
        {
            Purpose = purpose,
            UserId = userId,
            Recipient = message.To.Mailboxes.FirstOrDefault()?.Address ?? throw new ArgumentException("The message has no recipient.", nameof(message)),
            Subject = Truncate(message.Subject ?? "", 300),
            MessageId = message.MessageId,
            Mime = ToBytes(message),
            NextAttemptUtc = now,
            ExpiresUtc = expires?.UtcDateTime,
            CreatedUtc = now,
        };
        db.Add(recorded);
        return recorded;
    }

    /// <summary>
    /// Puts a message that will not be tried again (failed, or finally uncertain) back in line with a fresh budget of
    /// attempts, when someone asks for it by hand; false for a message that is still on its way or was sent.
    /// The caller saves; <paramref name="replacement"/> (same Message-Id) replaces its content when given.
    /// </summary>
    public async Task<bool> SendAgainAsync(ApplicationDbContext db, long messageId, MimeMessage? replacement, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var message = await db.Set<OutboxMessage>().SingleOrDefaultAsync(m => m.Id == messageId, ct);
        if (message is null || !IsFinishedUnsent(message))
        {
            return false;
        }

        if (replacement is not null)
        {
            replacement.MessageId = message.MessageId;
            message.Mime = ToBytes(replacement);
            message.Subject = Truncate(replacement.Subject ?? "", 300);
        }

        message.State = DeliveryState.Pending;
        message.Attempts = 0;
        message.NextAttemptUtc = time.GetUtcNow().UtcDateTime;
        message.ExpiresUtc = null;
        return true;
    }

    /// <summary>Failed, or uncertain with its one extra attempt spent: nothing will send it unless someone asks.</summary>
    public static bool IsFinishedUnsent(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.State == DeliveryState.Failed || (message.State == DeliveryState.Uncertain && message.NextAttemptUtc is null);
    }

    public static MimeMessage FromBytes(byte[] mime)
    {
        using var stream = new MemoryStream(mime, writable: false);
        return MimeMessage.Load(stream);
    }

    private static byte[] ToBytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
