using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ValueFirst.Core.Mail;
using ValueFirst.Web.Data;
using ValueFirst.Web.Jobs;

namespace ValueFirst.Web.Email.Outbox;

/// <summary>
/// Sends outbox messages. A message is claimed with a conditional UPDATE (due, not held by another sender), so however
/// many jobs, sweeps and servers ask at once, one attempt runs at a time and no request spends an attempt early;
/// <see cref="DeliveryPolicy"/> decides what follows the attempt, and a retry is scheduled for its time.
/// </summary>
public sealed class OutboxDelivery(
    IDbContextFactory<ApplicationDbContext> dbFactory,
    IMailSender sender,
    IBackgroundJobClient jobs,
    IOptions<OutboxOptions> outboxOptions,
    IOptions<SmtpOptions> smtpOptions,
    TimeProvider time,
    ILogger<OutboxDelivery> logger)
{
    /// <summary>How many due messages one sweep sends, one after the other.</summary>
    public const int SweepBatch = 100;

    private readonly DeliveryPolicy policy = outboxOptions.Value.Policy();

    /// <summary>Long enough for one SMTP conversation (several commands, each up to Smtp:TimeoutSeconds).</summary>
    private TimeSpan ClaimFor => TimeSpan.FromSeconds(Math.Max(300, 10 * smtpOptions.Value.TimeoutSeconds));

    /// <summary>One attempt at <paramref name="messageId"/> if it is due now; otherwise nothing changes.</summary>
    public async Task<DeliveryOutcome> DeliverAsync(long messageId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        await GiveUpOnExpiredAsync(db, messageId, now, ct);

        var claimedUntil = now + ClaimFor;
        var claimed = await db.Set<OutboxMessage>()
            .Where(m => m.Id == messageId && (m.State == DeliveryState.Pending || m.State == DeliveryState.Uncertain) && m.NextAttemptUtc != null && m.NextAttemptUtc <= now)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.State, DeliveryState.Sending)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.ClaimedUntilUtc, claimedUntil), ct);
        if (claimed == 0)
        {
            var exists = await db.Set<OutboxMessage>().AnyAsync(m => m.Id == messageId, ct);
            return exists ? DeliveryOutcome.NotDue : DeliveryOutcome.Missing;
        }

        var message = await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == messageId, ct);
        var (result, error) = await AttemptAsync(message, ct);
        var step = policy.After(result, message.Attempts, message.MayHaveArrived, time.GetUtcNow());

        var nextAttempt = step.NextAttempt?.UtcDateTime;
        var sentUtc = time.GetUtcNow().UtcDateTime;
        await db.Set<OutboxMessage>().Where(m => m.Id == messageId && m.State == DeliveryState.Sending).ExecuteUpdateAsync(set =>
        {
            set.SetProperty(m => m.State, step.State)
                .SetProperty(m => m.NextAttemptUtc, nextAttempt)
                .SetProperty(m => m.MayHaveArrived, step.MayHaveArrived)
                .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null);
            if (step.State == DeliveryState.Sent)
            {
                set.SetProperty(m => m.SentUtc, sentUtc);
            }

            // A success keeps the last failure on record: after an uncertain attempt it explains a possible second copy.
            if (error is not null)
            {
                var reason = Truncate(error.Message);
                set.SetProperty(m => m.LastError, reason).SetProperty(m => m.LastFailure, error.Failure);
            }
        }, CancellationToken.None);

        if (step.NextAttempt is { } next)
        {
            ScheduleRetry(messageId, next - time.GetUtcNow());
        }

        var outcome = step.State switch
        {
            DeliveryState.Sent => DeliveryOutcome.Sent,
            DeliveryState.Uncertain => DeliveryOutcome.Uncertain,
            DeliveryState.Pending => DeliveryOutcome.WillRetry,
            _ => DeliveryOutcome.Failed,
        };
        logger.Log(outcome == DeliveryOutcome.Sent ? LogLevel.Information : LogLevel.Warning,
            "{Purpose} email {MessageId} to {Recipient}, attempt {Attempt}: {Outcome}{Next} {Reason}",
            message.Purpose, message.MessageId, message.Recipient, message.Attempts, outcome,
            step.NextAttempt is { } at ? $" (next attempt {at:u})" : "", error?.Message);
        return outcome;
    }

    /// <summary>
    /// The safety net behind the per-message jobs (a lost job, a restart, a crashed sender): releases claims that
    /// expired — the sender stopped mid-conversation, so the message may have arrived — then sends what is due.
    /// </summary>
    /// <returns>How many messages were tried.</returns>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        List<long> due;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var now = time.GetUtcNow().UtcDateTime;
            await ReleaseExpiredClaimsAsync(db, now, ct);
            due = await db.Set<OutboxMessage>()
                .Where(m => (m.State == DeliveryState.Pending || m.State == DeliveryState.Uncertain) && m.NextAttemptUtc != null && m.NextAttemptUtc <= now)
                .OrderBy(m => m.NextAttemptUtc)
                .Select(m => m.Id)
                .Take(SweepBatch)
                .ToListAsync(ct);
        }

        foreach (var id in due)
        {
            await DeliverAsync(id, ct);
        }

        return due.Count;
    }

    private async Task<(AttemptResult Result, MailDeliveryException? Error)> AttemptAsync(OutboxMessage message, CancellationToken ct)
    {
        try
        {
            await sender.SendAsync(MailOutbox.FromBytes(message.Mime), ct);
            return (AttemptResult.Accepted, null);
        }
        catch (MailDeliveryException ex)
        {
            return (ex.MayHaveArrived ? AttemptResult.Unknown : ex.Permanent ? AttemptResult.FailedForGood : AttemptResult.Failed, ex);
        }
        catch (Exception ex)
        {
            // Cancelled before the message data went out (the sender says when it did), or a bug: nothing arrived.
            logger.LogError(ex, "Sending outbox message {MessageId} failed unexpectedly", message.MessageId);
            return (AttemptResult.Failed, new MailDeliveryException($"Unexpected error: {ex.Message}", MailFailure.Other, ex));
        }
    }

    private void ScheduleRetry(long messageId, TimeSpan delay)
    {
        try
        {
            jobs.Schedule<OutboxJob>(job => job.DeliverAsync(messageId, CancellationToken.None), delay < TimeSpan.Zero ? TimeSpan.Zero : delay);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not schedule the next attempt of outbox message {Id}; the outbox sweep will send it", messageId);
        }
    }

    // Too late to be useful: a message that only waits is given up (an uncertain one stays uncertain, it may be out there).
    private static async Task GiveUpOnExpiredAsync(ApplicationDbContext db, long messageId, DateTime now, CancellationToken ct)
    {
        var expired = db.Set<OutboxMessage>().Where(m => m.Id == messageId && m.NextAttemptUtc != null && m.ExpiresUtc != null && m.ExpiresUtc <= now);
        const string tooLate = "Given up: by then it was too late to be useful (a reminder is not sent once its connecting hour has started).";
        await expired.Where(m => m.State == DeliveryState.Pending).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.State, DeliveryState.Failed)
            .SetProperty(m => m.NextAttemptUtc, (DateTime?)null)
            .SetProperty(m => m.LastError, m => m.LastError == null ? tooLate : m.LastError + " " + tooLate), ct);
        await expired.Where(m => m.State == DeliveryState.Uncertain).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.NextAttemptUtc, (DateTime?)null), ct);
    }

    private static async Task ReleaseExpiredClaimsAsync(ApplicationDbContext db, DateTime now, CancellationToken ct)
    {
        const string stopped = "The app stopped while sending it, so it may have arrived.";
        var abandoned = db.Set<OutboxMessage>().Where(m => m.State == DeliveryState.Sending && m.ClaimedUntilUtc < now);
        await abandoned.Where(m => !m.MayHaveArrived).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.State, DeliveryState.Uncertain)
            .SetProperty(m => m.MayHaveArrived, true)
            .SetProperty(m => m.NextAttemptUtc, now)
            .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null)
            .SetProperty(m => m.LastError, stopped)
            .SetProperty(m => m.LastFailure, MailFailure.UnknownAfterData), ct);
        await abandoned.Where(m => m.MayHaveArrived).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.State, DeliveryState.Uncertain)
            .SetProperty(m => m.NextAttemptUtc, (DateTime?)null)
            .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null)
            .SetProperty(m => m.LastError, stopped)
            .SetProperty(m => m.LastFailure, MailFailure.UnknownAfterData), ct);
    }

    private static string Truncate(string value) => value.Length <= 1000 ? value : value[..1000];
}
