namespace ValueFirst.Core.Relationships;

/// <summary>One month of the year at a glance.</summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Published">Articles and shares published that month.</param>
public sealed record MonthFigures(DateOnly Month, int Gives, int Asks, int Received, int Published);
