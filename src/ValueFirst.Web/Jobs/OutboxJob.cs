using Hangfire;
using ValueFirst.Web.Email.Outbox;

namespace ValueFirst.Web.Jobs;

/// <summary>
/// Hangfire entry points of the mail outbox (thin: an id in, <see cref="OutboxDelivery"/> does the work). A failed send
/// does not throw: the message keeps its own attempts and schedules its next one, so Hangfire's retries only cover a
/// database hiccup, and any number of extra runs (a retry, a dashboard trigger, the sweep) find the message claimed or
/// not due and change nothing.
/// </summary>
public sealed class OutboxJob(OutboxDelivery delivery)
{
    /// <summary>The recurring job that sends every due message a lost job or a restart left behind.</summary>
    public const string SweepJobId = "outbox:sweep";

    [AutomaticRetry(Attempts = 3)]
    public Task<DeliveryOutcome> DeliverAsync(long messageId, CancellationToken ct) => delivery.DeliverAsync(messageId, ct);

    [AutomaticRetry(Attempts = 0)]
    public Task<int> SweepAsync(CancellationToken ct) => delivery.SweepAsync(ct);
}
