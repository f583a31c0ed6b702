namespace ValueFirst.Web.Features.Schedule;

/// <summary>Checks a time zone id the browser or the user gave us before it reaches a schedule.</summary>
public static class TimeZones
{
    public static bool IsKnown(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out _);

    /// <summary>The zone, or UTC when unset or unknown on this machine (a zone removed from the tz database since it was saved).</summary>
    public static TimeZoneInfo OrUtc(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : TimeZoneInfo.Utc;
}
