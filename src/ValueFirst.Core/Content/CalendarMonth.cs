using System.Globalization;

namespace ValueFirst.Core.Content;

/// <summary>A calendar month, printed as <c>2026-12</c> (the <c>plan --json</c> key).</summary>
public readonly record struct CalendarMonth(int Year, int Month) : IComparable<CalendarMonth>
{
    public DateOnly First => new(Year, Month, 1);

    public DateOnly Last => First.AddMonths(1).AddDays(-1);

    public CalendarQuarter Quarter => new(Year, ((Month - 1) / 3) + 1);

    public static CalendarMonth Of(DateOnly date) => new(date.Year, date.Month);

    public CalendarMonth Next() => Of(First.AddMonths(1));

    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Month;

    public int CompareTo(CalendarMonth other) => First.CompareTo(other.First);

    public override string ToString() => First.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
