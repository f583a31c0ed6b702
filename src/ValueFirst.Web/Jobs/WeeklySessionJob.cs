using Hangfire;
using ValueFirst.Web.Features.Sessions;

namespace ValueFirst.Web.Jobs;

/// <summary>
/// Hangfire entry point that builds a user's weekly session when their slot starts (thin: an id in, the service
/// does the work). Building is idempotent, so Hangfire's retries and a start-up catch-up never make a second one.
/// </summary>
public sealed class WeeklySessionJob(SessionPlanner planner)
{
    [AutomaticRetry(Attempts = 3)]
    public Task<SessionBuildOutcome> RunAsync(string ownerId, CancellationToken ct) => planner.RunScheduledAsync(ownerId, ct);
}
