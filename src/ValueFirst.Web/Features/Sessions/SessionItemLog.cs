namespace ValueFirst.Web.Features.Sessions;

/// <summary>Every tick and untick of a session item, kept so the week can be read back as it happened.</summary>
public sealed class SessionItemLog
{
    public long Id { get; set; }

    public required string OwnerId { get; set; }

    public long SessionItemId { get; set; }

    public bool Done { get; set; }

    public DateTime AtUtc { get; set; }

    public string? Note { get; set; }
}
