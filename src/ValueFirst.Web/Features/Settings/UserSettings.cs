namespace ValueFirst.Web.Features.Settings;

/// <summary>
/// One row per user for the settings every feature reads. Features add their own columns here
/// (publishing weekday, weekly slot, readiness thresholds, ideal-client profile, reminder switch).
/// </summary>
public sealed class UserSettings
{
    public required string UserId { get; set; }

    /// <summary>IANA time zone used for the weekly slot, calendar and readiness day counts.</summary>
    public string TimeZoneId { get; set; } = "UTC";
}
