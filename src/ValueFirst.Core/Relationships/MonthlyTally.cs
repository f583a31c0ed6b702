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

    public void Add(DateTime occurredUtc, InteractionDirection direction)
    {
        var day = LocalDays.DateOf(occurredUtc, zone);
        var index = ((day.Year - FirstMonth.Year) * 12) + day.Month - FirstMonth.Month;
        if (index is >= 0 and < Months)
        {
            counts[index, (int)direction]++;
        }
    }

    /// <summary>The UTC instant month <paramref name="monthIndex"/> starts; <see cref="Months"/> gives the end of the last.</summary>
    public DateTime MonthStartUtc(int monthIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(monthIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(monthIndex, Months);
        return LocalDays.StartUtc(FirstMonth.AddMonths(monthIndex), zone);
    }

    /// <summary>Adds <paramref name="count"/> interactions counted between two of <see cref="MonthStartUtc"/>'s instants.</summary>
    public void Add(int monthIndex, InteractionDirection direction, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(monthIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(monthIndex, Months);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        counts[monthIndex, (int)direction] += count;
    }

    public int Count(int monthIndex, InteractionDirection direction) => counts[monthIndex, (int)direction];
}
