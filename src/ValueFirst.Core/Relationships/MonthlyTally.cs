using ValueFirst.Core.Ledger;
using ValueFirst.Core.Time;

namespace ValueFirst.Core.Relationships;

/// <summary>
/// Counts gives, asks and received value per calendar month in the user's zone, over the twelve months ending with
/// today's. Fed one interaction at a time, so the caller can stream a year of the ledger without holding it.
/// </summary>
public sealed class MonthlyTally
{
    public const int Months = 12;

    private readonly TimeZoneInfo zone;
    private readonly int[,] counts = new int[Months, 3];

    public MonthlyTally(DateOnly today, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        this.zone = zone;
        FirstMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-(Months - 1));
    }

    /// <summary>The first day of the oldest month counted.</summary>
    public DateOnly FirstMonth { get; }

    /// <summary>The UTC instant the oldest month starts: interactions before it are not counted.</summary>
    public DateTime StartUtc => LocalDays.StartUtc(FirstMonth, zone);

    public void Add(DateTime occurredUtc, InteractionDirection direction)
    {
        var day = LocalDays.DateOf(occurredUtc, zone);
        var index = ((day.Year - FirstMonth.Year) * 12) + day.Month - FirstMonth.Month;
        if (index is >= 0 and < Months)
        {
            counts[index, (int)direction]++;
        }
    }

    public int Count(int monthIndex, InteractionDirection direction) => counts[monthIndex, (int)direction];
}
