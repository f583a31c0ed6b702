using ValueFirst.Core.Sessions;
using ValueFirst.Core.Time;

namespace ValueFirst.Web.Features.Sessions;

/// <summary>One week in the history list, with its completion figures.</summary>
public sealed record PastSession(long Id, IsoWeek Week, int FittedItems, int DoneItems, int MinutesDone, TimeSpan Elapsed, int DurationMinutes)
{
    public bool Completed => SessionStreak.IsCompleted(FittedItems, DoneItems, Elapsed, DurationMinutes);
}
