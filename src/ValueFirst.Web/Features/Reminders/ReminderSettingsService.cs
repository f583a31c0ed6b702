using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Mail;
using ValueFirst.Web.Data;
using ValueFirst.Web.Email;
using ValueFirst.Web.Email.Outbox;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>What the settings section needs: the last reminders, a test email, sending this week's now, and re-sending a week.</summary>
public sealed class ReminderSettingsService(
    IDbContextFactory<ApplicationDbContext> dbFactory,
    IMailSender sender,
    MessageComposer composer,
    ReminderDispatcher dispatcher)
{
    public async Task<List<ReminderHistoryRow>> RecentAsync(string ownerId, int take = 8, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var records = await db.Set<ReminderRecord>().AsNoTracking().Include(r => r.Message)
            .Where(r => r.UserId == ownerId)
            .OrderByDescending(r => r.IsoYear).ThenByDescending(r => r.IsoWeek)
            .Take(take)
            .ToListAsync(ct);
        return records.Select(r => new ReminderHistoryRow(r.Id, r.Week, Summary(r.Message!))).ToList();
    }

    /// <summary>
    /// Sends a short test message to the user now, past the outbox: it checks the mail settings, so the result says
    /// at once where it went or why it failed, in plain words (and nothing is retried).
    /// </summary>
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
    /// Records the reminder for the week of the next slot now, through the same once-per-week record as the scheduled
    /// run. A week whose reminder is already on its way or sent changes nothing (and says so); one that failed is sent again.
    /// </summary>
    public async Task<(bool Ok, string Message)> SendNowAsync(string ownerId, CancellationToken ct = default)
    {
        var reminder = await dispatcher.RecordNextSlotAsync(ownerId, ct);
        if (reminder is null)
        {
            return (false, "Save your weekly connecting hour first (and give your account an email address); the reminder is for that slot.");
        }

        var (record, created) = reminder;
        var delivery = Summary(record.Message!);
        if (created)
        {
            return (true, $"Queued: this week's reminder ({record.Week}) is being sent.");
        }

        if (delivery.State == DeliveryState.Sent)
        {
            return (false, $"This week's reminder ({record.Week}) was already sent on {record.Message!.SentUtc:yyyy-MM-dd HH:mm} UTC; it goes out once a week.");
        }

        if (delivery.CanSendAgain)
        {
            return await dispatcher.SendAgainAsync(ownerId, record.Id, ct)
                ? (true, $"Queued again: this week's reminder ({record.Week}) is being sent.")
                : (false, $"This week's reminder ({record.Week}) is already on its way; nothing changed.");
        }

        return (false, $"This week's reminder ({record.Week}) is already on its way, so asking again changes nothing. {delivery.Details}");
    }

    /// <summary>Sends a week that failed (or may have arrived) again; false when it is not this user's or is still on its way or sent.</summary>
    public Task<bool> ResendAsync(string ownerId, long recordId, CancellationToken ct = default) =>
        dispatcher.SendAgainAsync(ownerId, recordId, ct);

    private static DeliverySummary Summary(OutboxMessage message) =>
        new(message.State, message.Attempts, message.NextAttemptUtc, message.SentUtc, message.MayHaveArrived, message.LastError);
}
