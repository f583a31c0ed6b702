namespace ValueFirst.Web.Features.Reminders;

/// <summary>A reminder link that was used: its ticket id is the key, so a link works once even when two requests race.</summary>
public sealed class EmailActionUse
{
    /// <summary>The <see cref="EmailActionTicket.Id"/> of the link.</summary>
    public Guid Id { get; set; }

    public required string UserId { get; set; }

    public int ContactId { get; set; }

    public EmailAction Action { get; set; }

    /// <summary>The ISO week of the reminder the link came in.</summary>
    public int IsoYear { get; set; }

    public int IsoWeek { get; set; }

    public DateTime UsedUtc { get; set; }

    /// <summary>The give a "Done" link logged.</summary>
    public long? InteractionId { get; set; }
}
