using ValueFirst.Core.Time;

namespace ValueFirst.Core.Tests.Ledger;

/// <summary>Times written as the user sees them (New York, UTC−5 in winter), turned into the UTC the app stores.</summary>
internal static class LedgerTime
{
    public static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public static DateTime UtcAt(DateOnly day, int hour, int minute = 0) =>
        LocalDays.ToUtc(day.ToDateTime(new TimeOnly(hour, minute)), NewYork);

    public static DateTimeOffset NowAt(DateOnly day, int hour, int minute = 0) =>
        new(UtcAt(day, hour, minute), TimeSpan.Zero);
}
