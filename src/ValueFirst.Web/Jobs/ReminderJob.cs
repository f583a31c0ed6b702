using Hangfire;
using ValueFirst.Web.Features.Reminders;

namespace ValueFirst.Web.Jobs;

/// <summary>
/// Hangfire entry point for the weekly reminder (thin: an id in, the dispatcher does the work). The run only records
/// the week's email in the outbox, which sends and retries it; so Hangfire's retries here cover a database hiccup,
/// never a mail server that is down, and an extra run (a retry, a trigger) finds the week recorded and changes nothing.
/// </summary>
public sealed class ReminderJob(ReminderDispatcher dispatcher)
{
    [AutomaticRetry(Attempts = 3)]
    public Task<ReminderOutcome> RunAsync(string ownerId, CancellationToken ct) => dispatcher.RunAsync(ownerId, ct);
}
