namespace ValueFirst.Core.Content;

/// <summary>A calendar quarter, printed as <c>2026-Q4</c> (the <c>plan --json</c> key).</summary>
public readonly record struct CalendarQuarter(int Year, int Quarter)
{
    public DateOnly First => new(Year, ((Quarter - 1) * 3) + 1, 1);

    public DateOnly Last => First.AddMonths(3).AddDays(-1);

    public static CalendarQuarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    public bool Contains(DateOnly date) => date >= First && date <= Last;

    public override string ToString() => $"{Year}-Q{Quarter}";
}
