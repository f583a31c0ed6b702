using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using ValueFirst.Core.Reminders;
using ValueFirst.Core.Time;
using ValueFirst.Web.Data;
using ValueFirst.Web.Email;
using ValueFirst.Web.Email.Outbox;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>
/// Records a user's weekly reminder at most once per ISO week, one way down: gather the inputs, let Core decide the
/// digest, compose it, and store the week's record (unique index) together with its email in the outbox, in one
/// transaction. Sending is the outbox's job: a second request for the same week finds the record and changes nothing,
/// so it cannot spend the email's attempts or send it twice.
/// </summary>
public sealed class ReminderDispatcher(
    IDbContextFactory<ApplicationDbContext> dbFactory,
    ReminderGatherer gatherer,
    MessageComposer composer,
    MailOutbox outbox,
    ReminderScheduler scheduler,
    EmailActionTokens actionTokens,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderDispatcher> logger)
{
    /// <summary>The scheduled run (and an admin's trigger, and the catch-up at start-up) for one user.</summary>
    public async Task<ReminderOutcome> RunAsync(string ownerId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var slot = await WeeklySlotStore.FindAsync(db, ownerId, ct);
        if (slot is null || !slot.Slot.ReminderEnabled)
        {
            scheduler.Remove(ownerId);
            return ReminderOutcome.Disabled;
        }

        if (ReminderTiming.DueSlot(slot.Schedule, slot.ReminderLead, time.GetUtcNow()) is not { } slotStart)
        {
            return ReminderOutcome.NotDue;
        }

        var week = await RecordWeekAsync(db, slot, slotStart, ct);
        return week is null ? ReminderOutcome.Disabled
            : week.Created ? ReminderOutcome.Recorded
            : ReminderOutcome.AlreadyRecorded;
    }

    /// <summary>
    /// The reminder of the week of the user's next slot, recorded now when missing ("Send this week's reminder now": the
    /// same record the scheduled run uses, so the week's reminder still goes out once); null without a slot or address.
    /// </summary>
    public async Task<WeekReminder?> RecordNextSlotAsync(string ownerId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var slot = await WeeklySlotStore.FindAsync(db, ownerId, ct);
        return slot is null ? null : await RecordWeekAsync(db, slot, slot.Schedule.NextAfter(time.GetUtcNow()), ct);
    }

    /// <summary>
    /// Sends a week's reminder again by hand when nothing else will (it failed, or it may have arrived and its one extra
    /// attempt is spent): rebuilt with today's lists, same Message-Id, a fresh budget of attempts. False when the record
    /// is not the user's or its email is still on its way or sent.
    /// </summary>
    public async Task<bool> SendAgainAsync(string ownerId, long recordId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var record = await db.Set<ReminderRecord>().AsNoTracking().Include(r => r.Message)
            .SingleOrDefaultAsync(r => r.Id == recordId && r.UserId == ownerId, ct);
        var slot = await WeeklySlotStore.FindAsync(db, ownerId, ct);
        if (record?.Message is null || !MailOutbox.IsFinishedUnsent(record.Message) || slot is null)
        {
            return false;
        }

        var message = await ComposeAsync(ownerId, record.Message.Recipient, slot, record.SlotStartUtc, ct);
        if (!await outbox.SendAgainAsync(db, record.OutboxMessageId, message, ct))
        {
            return false;
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Reminder {Week} for user {UserId} queued again by hand", record.Week, ownerId);
        return true;
    }

    private async Task<WeekReminder?> RecordWeekAsync(ApplicationDbContext db, UserSlot slot, DateTimeOffset slotStart, CancellationToken ct)
    {
        var ownerId = slot.Slot.UserId;
        var week = slot.Schedule.WeekOf(slotStart);
        if (await FindAsync(db, ownerId, week.Year, week.Week, ct) is { } existing)
        {
            return new(existing, Created: false);
        }

        var email = await db.Users.Where(u => u.Id == ownerId).Select(u => u.Email).SingleOrDefaultAsync(ct);
        if (string.IsNullOrWhiteSpace(email))
        {
            logger.LogWarning("User {UserId} has no email address: no reminder", ownerId);
            return null;
        }

        var message = await ComposeAsync(ownerId, email, slot, slotStart.UtcDateTime, ct);
        var record = new ReminderRecord
        {
            UserId = ownerId,
            IsoYear = week.Year,
            IsoWeek = week.Week,
            SlotStartUtc = slotStart.UtcDateTime,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
            // Too late once the slot has started: the outbox gives up on it then.
            Message = outbox.Add(db, MailPurpose.Reminder, message, ownerId, expires: slotStart),
        };
        db.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Reminder {Week} for user {UserId} recorded for sending", record.Week, ownerId);
            return new(record, Created: true);
        }
        catch (DbUpdateException)
        {
            // Another run or server recorded the week first: the unique index decided, and this email was rolled back with the row.
            db.ChangeTracker.Clear();
            return await FindAsync(db, ownerId, week.Year, week.Week, ct) is { } theirs
                ? new(theirs, Created: false)
                : throw new InvalidOperationException("The reminder record vanished after a conflicting insert.");
        }
    }

    private async Task<MimeMessage> ComposeAsync(string ownerId, string email, UserSlot slot, DateTime slotStartUtc, CancellationToken ct)
    {
        var localStart = TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(slotStartUtc, DateTimeKind.Utc)), slot.Zone).DateTime;
        var digest = ReminderDigest.Decide(await gatherer.GatherAsync(ownerId, ct), localStart, options.Value.SessionLink);
        var week = slot.Schedule.WeekOf(new DateTimeOffset(DateTime.SpecifyKind(slotStartUtc, DateTimeKind.Utc)));
        digest = digest with { Links = digest.Gives.ToDictionary(g => g.ContactId, g => Links(ownerId, week, g.ContactId, digest.SuggestionFor(g))) };
        return composer.Compose(email, digest.Subject, digest.TextBody(), digest.HtmlBody(), calendar: CalendarFeed.BuildSlotEvent(slot));
    }

    // Each link is signed for its own action, so a "Done" link cannot be turned into a snooze or the other way round.
    private GiveLinks Links(string ownerId, IsoWeek week, int contactId, GiveSuggestion suggestion)
    {
        string Link(EmailAction action, GiveSuggestion? give = null) => options.Value.ActionLink(actionTokens.Issue(
            new EmailActionTicket(Guid.NewGuid(), ownerId, contactId, week.Year, week.Week, action, give?.Type, give?.ContentPath)));
        return new GiveLinks(Link(EmailAction.Done, suggestion), Link(EmailAction.Snooze), Link(EmailAction.NotThisPerson));
    }

    private static Task<ReminderRecord?> FindAsync(ApplicationDbContext db, string ownerId, int isoYear, int isoWeek, CancellationToken ct) =>
        db.Set<ReminderRecord>().AsNoTracking().Include(r => r.Message)
            .SingleOrDefaultAsync(r => r.UserId == ownerId && r.IsoYear == isoYear && r.IsoWeek == isoWeek, ct);
}
