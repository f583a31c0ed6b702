
namespace ValueFirst.Web.Features.Reminders;

/// <summary>
/// One week's reminder for one user: the idempotency record that makes the email "never doubled, never lost".
/// The unique (user, ISO year, ISO week) index means two servers create one row; the conditional claim
/// (<see cref="ClaimedUntilUtc"/>) means only one of them sends; retries reuse <see cref="MessageId"/>.
/// </summary>
public sealed class ReminderRecord
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>ISO week of the slot's local date in the user's zone.</summary>
    public int IsoYear { get; set; }

    public int IsoWeek { get; set; }

    /// <summary>The slot start the reminder is for.</summary>
    public DateTime SlotStartUtc { get; set; }

    public ReminderState State { get; set; } = ReminderState.Pending;

    /// <summary>Set once when the record is created; every attempt sends with it.</summary>
    public required string MessageId { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTime? SentUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>A sender holds the record until then; a crashed sender's claim simply expires.</summary>
    public DateTime? ClaimedUntilUtc { get; set; }
}
