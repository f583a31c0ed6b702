namespace ValueFirst.Web.Features.Sessions;

/// <summary>Past weeks (newest first) and the streak of weeks with a completed hour.</summary>
public sealed record SessionHistory(IReadOnlyList<PastSession> Weeks, int Streak);
