using ValueFirst.Web.Email.Outbox;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>
/// One week's reminder for one user: the key that makes it "once a week". The unique (user, ISO year, ISO week)
/// index means two servers, a scheduled run and "Send now" create one row, and the row is created in the same
/// transaction as its email in the outbox (<see cref="Message"/>), which then keeps its own attempts and state.
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

    public DateTime CreatedUtc { get; set; }

    public long OutboxMessageId { get; set; }

    public OutboxMessage? Message { get; set; }

    public string Week => $"{IsoYear}-W{IsoWeek:00}";
}
