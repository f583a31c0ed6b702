using System.Globalization;
using ValueFirst.Core.Time;

namespace ValueFirst.Core.Sessions;

/// <summary>
/// Weeks in a row with a completed connecting hour, counted back from the current week. The current week
/// only adds to the streak once it is completed; while it is still open the streak ending last week counts.
/// </summary>
public static class SessionStreak
{
    public static int Count(IEnumerable<IsoWeek> completedWeeks, IsoWeek current)
    {
        ArgumentNullException.ThrowIfNull(completedWeeks);
        var completed = completedWeeks.ToHashSet();
        var week = completed.Contains(current) ? current : Previous(current);
        var streak = 0;
        while (completed.Contains(week))
        {
            streak++;
            week = Previous(week);
        }

        return streak;
    }

    public static IsoWeek Previous(IsoWeek week)
    {
        var monday = ISOWeek.ToDateTime(week.Year, week.Week, DayOfWeek.Monday).AddDays(-7);
        return new IsoWeek(ISOWeek.GetYear(monday), ISOWeek.GetWeekOfYear(monday));
    }

    /// <summary>
    /// A completed hour: every item that fitted the hour is done, or the timer ran the whole duration
    /// (the hour was spent on the network, even if the list was too long).
    /// </summary>
    public static bool IsCompleted(int fittedItems, int doneFittedItems, TimeSpan elapsed, int durationMinutes) =>
        (fittedItems > 0 && doneFittedItems >= fittedItems) || (durationMinutes > 0 && elapsed >= TimeSpan.FromMinutes(durationMinutes));
}
