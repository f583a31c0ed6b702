namespace ValueFirst.Web.Features.Schedule;

/// <summary>
/// One row per user for the time zone every feature counts days in (the calendar's "today", the ledger's
/// "connected 9 days ago", the weekly slot and its reminder). Stored here only: the slot reads it.
/// </summary>
public sealed class UserSettings
{
    public required string UserId { get; set; }

    /// <summary>IANA time zone id, e.g. <c>Europe/Berlin</c>.</summary>
    public string TimeZoneId { get; set; } = "UTC";
}
