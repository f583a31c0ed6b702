using ValueFirst.Core.Mail;

namespace ValueFirst.Web.Email.Outbox;

/// <summary>
/// One email to deliver, recorded in the same transaction as the event that causes it and sent by a background job:
/// the exact MIME bytes (so every attempt sends the same message with the same Message-Id), where it stands, and the
/// last failure in plain words. <see cref="DeliveryPolicy"/> decides what follows each attempt.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public MailPurpose Purpose { get; set; }

    /// <summary>The account the email belongs to; deleting the account deletes its emails.</summary>
    public string? UserId { get; set; }

    public required string Recipient { get; set; }

    public required string Subject { get; set; }

    /// <summary>Set once, inside <see cref="Mime"/> too: a second copy after an uncertain attempt carries the same id.</summary>
    public required string MessageId { get; set; }

    /// <summary>The whole message as it goes on the wire (headers and body).</summary>
    public required byte[] Mime { get; set; }

    public DeliveryState State { get; set; } = DeliveryState.Pending;

    public int Attempts { get; set; }

    /// <summary>When a sender may try next; null once the message is sent, failed or finally uncertain.</summary>
    public DateTime? NextAttemptUtc { get; set; }

    /// <summary>While <see cref="DeliveryState.Sending"/>: the sender holds it until then; a crashed sender's claim expires.</summary>
    public DateTime? ClaimedUntilUtc { get; set; }

    /// <summary>After this the email is no longer useful (a reminder once its slot has started) and is not sent.</summary>
    public DateTime? ExpiresUtc { get; set; }

    /// <summary>An attempt ended without the server's answer to the message: a copy may be out there.</summary>
    public bool MayHaveArrived { get; set; }

    public string? LastError { get; set; }

    public MailFailure? LastFailure { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? SentUtc { get; set; }
}
