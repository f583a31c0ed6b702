using System.Globalization;

namespace ValueFirst.Core.Time;

/// <summary>An ISO 8601 week (Monday first; week 1 holds the year's first Thursday), used as the "once per week" key.</summary>
public readonly record struct IsoWeek(int Year, int Week)
{
    /// <summary>The ISO week a calendar date belongs to (31 Dec 2024 is in 2025-W01).</summary>
    public static IsoWeek Of(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day));
    }

    /// <summary>The week's Monday.</summary>
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    /// <summary>The week's Sunday.</summary>
    public DateOnly Sunday => Monday.AddDays(6);

    public bool Contains(DateOnly date) => date >= Monday && date <= Sunday;

    public override string ToString() => $"{Year}-W{Week:00}";
}
