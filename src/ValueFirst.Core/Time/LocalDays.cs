namespace ValueFirst.Core.Time;

/// <summary>
/// Day counts in the user's time zone: "connected 9 days ago" means calendar days where the user lives,
/// so a give at 23:30 and one at 00:30 local fall on different days even when both are the same UTC date.
/// </summary>
public static class LocalDays
{
    /// <summary>The user's calendar date at <paramref name="now"/>.</summary>
    public static DateOnly Today(DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
    }

    /// <summary>The user's calendar date of a stored UTC instant (EF returns these with an unspecified kind).</summary>
    public static DateOnly DateOf(DateTime utc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));
    }

    /// <summary>Whole calendar days from <paramref name="earlier"/> to <paramref name="later"/>.</summary>
    public static int Between(DateOnly earlier, DateOnly later) => later.DayNumber - earlier.DayNumber;

    /// <summary>The UTC instant at which <paramref name="day"/> starts in the user's zone (the first valid minute on a DST gap day).</summary>
    public static DateTime StartUtc(DateOnly day, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    /// <summary>Converts a wall-clock time the user typed to UTC; a time skipped by a DST change moves forward to the next valid minute.</summary>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(wall))
        {
            wall = wall.AddMinutes(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(wall, zone);
    }

    /// <summary>
    /// How long ago in the words a person uses: "today", "yesterday", "9 days ago", "3 months ago", "11 years ago".
    /// Day counts stop at 45 days: "connected 4157 days ago" means nothing to anyone.
    /// </summary>
    public static string Ago(int days) => days switch
    {
        0 => "today",
        1 => "yesterday",
        -1 => "tomorrow",
        < 0 => $"in {-days} days",
        < 45 => $"{days} days ago",
        < 320 => Plural((int)Math.Round(days / 30.44), "month") + " ago",
        _ => Plural(Math.Max(1, (int)Math.Round(days / 365.25)), "year") + " ago",
    };

    /// <summary>A date in the user's words: "16 Dec", with the year when it is not this year's ("16 Dec 2027").</summary>
    public static string Date(DateOnly date, DateOnly today) =>
        date.Year == today.Year
            ? date.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture)
            : date.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
