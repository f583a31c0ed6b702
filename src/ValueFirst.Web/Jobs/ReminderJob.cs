using Hangfire;
using ValueFirst.Web.Features.Reminders;

namespace ValueFirst.Web.Jobs;

/// <summary>
/// Hangfire entry points for the weekly reminder (thin: an id in, the dispatcher does the work). A failed send
/// throws, so Hangfire retries with back-off; the record counts attempts and marks the last one failed.
/// </summary>
public sealed class ReminderJob(ReminderDispatcher dispatcher)
{
    [AutomaticRetry(Attempts = ReminderDispatcher.RetryAttempts)]
    public Task<ReminderOutcome> RunAsync(string ownerId, CancellationToken ct) => dispatcher.RunAsync(ownerId, ct);

    [AutomaticRetry(Attempts = ReminderDispatcher.RetryAttempts)]
    public Task<ReminderOutcome> ResendAsync(long recordId, CancellationToken ct) => dispatcher.DeliverAsync(recordId, ct);
}
