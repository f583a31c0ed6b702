namespace ValueFirst.Core.Time;

/// <summary>
/// The present as one user lives it: an instant and their time zone, from which "today" and "this week" follow.
/// Every feature asks this one type, so a Tuesday in Auckland is never counted as a Tuesday in Lisbon.
/// </summary>
public sealed record UserNow(DateTimeOffset Instant, TimeZoneInfo Zone)
{
    /// <summary>The wall-clock time in the user's zone.</summary>
    public DateTime Local => TimeZoneInfo.ConvertTime(Instant, Zone).DateTime;

    public DateOnly Today => LocalDays.Today(Instant, Zone);

    public IsoWeek Week => IsoWeek.Of(Today);
}
