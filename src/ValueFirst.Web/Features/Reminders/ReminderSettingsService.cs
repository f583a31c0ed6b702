using Hangfire;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;
using ValueFirst.Web.Email;
using ValueFirst.Web.Jobs;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>What the settings section needs: the last reminders, a test email, and re-sending a failed week.</summary>
public sealed class ReminderSettingsService(
    ApplicationDbContext db,
    IMailSender sender,
    ReminderMessageFactory messages,
    IBackgroundJobClient jobs)
{
    public Task<List<ReminderRecord>> RecentAsync(string userId, int take = 8, CancellationToken ct = default) =>
        db.Set<ReminderRecord>().AsNoTracking()
            .Where(r => r.UserId == userId)
            .OrderByDescending(r => r.IsoYear).ThenByDescending(r => r.IsoWeek)
            .Take(take)
            .ToListAsync(ct);

    /// <summary>Sends a short test message to the user now; the result says where it went or why it failed, in plain words.</summary>
    public async Task<(bool Ok, string Message)> SendTestAsync(string userId, CancellationToken ct = default)
    {
        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(ct);
        if (string.IsNullOrWhiteSpace(email))
        {
            return (false, "Your account has no email address.");
        }

        var message = messages.Compose(email, "ValueFirst test email",
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

    /// <summary>Puts a failed week back to pending and queues it; false when there is no such failed reminder of this user.</summary>
    public async Task<bool> ResendAsync(string userId, long recordId, CancellationToken ct = default)
    {
        var reset = await db.Set<ReminderRecord>()
            .Where(r => r.Id == recordId && r.UserId == userId && r.State == ReminderState.Failed)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.State, ReminderState.Pending)
                .SetProperty(r => r.Attempts, 0)
                .SetProperty(r => r.ClaimedUntilUtc, (DateTime?)null), ct);
        if (reset == 0)
        {
            return false;
        }

        jobs.Enqueue<ReminderJob>(job => job.ResendAsync(recordId, CancellationToken.None));
        return true;
    }
}
