using Hangfire;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;
using ValueFirst.Web.Email;
using ValueFirst.Web.Jobs;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>What the settings section needs: the last reminders, a test email, sending this week's now, and re-sending a failed week.</summary>
public sealed class ReminderSettingsService(
    IDbContextFactory<ApplicationDbContext> dbFactory,
    IMailSender sender,
    MessageComposer composer,
    ReminderDispatcher dispatcher,
    IBackgroundJobClient jobs)
{
    public async Task<List<ReminderRecord>> RecentAsync(string ownerId, int take = 8, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<ReminderRecord>().AsNoTracking()
            .Where(r => r.UserId == ownerId)
            .OrderByDescending(r => r.IsoYear).ThenByDescending(r => r.IsoWeek)
            .Take(take)
            .ToListAsync(ct);
    }

    /// <summary>Sends a short test message to the user now; the result says where it went or why it failed, in plain words.</summary>
    public async Task<(bool Ok, string Message)> SendTestAsync(string ownerId, CancellationToken ct = default)
    {
        string? email;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            email = await db.Users.Where(u => u.Id == ownerId).Select(u => u.Email).SingleOrDefaultAsync(ct);
        }

        if (string.IsNullOrWhiteSpace(email))
        {
            return (false, "Your account has no email address.");
        }

        var message = composer.Compose(email, "ValueFirst test email",
            "This is a test from ValueFirst: your weekly reminders will arrive like this.",
            "<p>This is a test from ValueFirst: your weekly reminders will arrive like this.</p>");
        try
        {
            var where = await sender.SendAsync(message, ct);
            return (true, $"Test email for {email} delivered to {where}.");
        }
        catch (MailDeliveryException ex)
        {
            return (false, ex.Message);
        }
    }

    /// <summary>
    /// Queues the reminder for the week of the next slot now, through the same job and once-per-week record as the
    /// scheduled run: a week whose reminder was already sent is not sent again.
    /// </summary>
    public async Task<(bool Ok, string Message)> SendNowAsync(string ownerId, CancellationToken ct = default)
    {
        var record = await dispatcher.RecordForNextSlotAsync(ownerId, ct);
        if (record is null)
        {
            return (false, "Save your weekly connecting hour first; the reminder is for that slot.");
        }

        var week = $"{record.IsoYear}-W{record.IsoWeek:00}";
        if (record.State == ReminderState.Sent)
        {
            return (false, $"This week's reminder ({week}) was already sent on {record.SentUtc:yyyy-MM-dd HH:mm} UTC; it goes out once a week.");
        }

        if (record.State == ReminderState.Failed)
        {
            await ResetFailedAsync(ownerId, record.Id, ct);
        }

        // A reminder already being sent is claimed by its sender: this queued run then finds it sent or claimed.
        jobs.Enqueue<ReminderJob>(job => job.ResendAsync(record.Id, CancellationToken.None));
        return (true, $"Queued: this week's reminder ({week}) is being sent.");
    }

    /// <summary>Puts a failed week back to pending and queues it; false when there is no such failed reminder of this user.</summary>
    public async Task<bool> ResendAsync(string ownerId, long recordId, CancellationToken ct = default)
    {
        if (await ResetFailedAsync(ownerId, recordId, ct) == 0)
        {
            return false;
        }

        jobs.Enqueue<ReminderJob>(job => job.ResendAsync(recordId, CancellationToken.None));
        return true;
    }

    private async Task<int> ResetFailedAsync(string ownerId, long recordId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<ReminderRecord>()
            .Where(r => r.Id == recordId && r.UserId == ownerId && r.State == ReminderState.Failed)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.State, ReminderState.Pending)
                .SetProperty(r => r.Attempts, 0)
                .SetProperty(r => r.ClaimedUntilUtc, (DateTime?)null), ct);
    }
}
