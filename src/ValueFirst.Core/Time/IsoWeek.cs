namespace ValueFirst.Core.Time;

/// <summary>An ISO 8601 week (Monday first; week 1 holds the year's first Thursday), used as the "once per week" key.</summary>
public readonly record struct IsoWeek(int Year, int Week)
{
    public override string ToString() => $"{Year}-W{Week:00}";
}
