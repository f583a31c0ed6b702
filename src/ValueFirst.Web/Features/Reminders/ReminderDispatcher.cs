using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ValueFirst.Core.Reminders;
using ValueFirst.Core.Time;
using ValueFirst.Web.Data;
using ValueFirst.Web.Email;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>
/// Sends a user's weekly reminder at most once per ISO week, one way down: find or create the week's record (unique
/// index), claim it with a conditional UPDATE (only one sender wins), gather the inputs, let Core decide the digest,
/// compose it with the record's Message-Id, send, mark it sent. A failure is recorded and rethrown so Hangfire
/// retries; the last attempt marks it failed.
/// </summary>
public sealed class ReminderDispatcher(
    IDbContextFactory<ApplicationDbContext> dbFactory,
    ReminderGatherer gatherer,
    MessageComposer composer,
    IMailSender sender,
    ReminderScheduler scheduler,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderDispatcher> logger)
{
    /// <summary>Hangfire's automatic retries after the first attempt; the reminder job's attribute uses it.</summary>
    public const int RetryAttempts = 5;

    /// <summary>Attempts in all (first + retries); the one that fails last marks the record failed.</summary>
    public const int MaxAttempts = RetryAttempts + 1;

    /// <summary>Long enough for one SMTP conversation; a sender that crashed releases its claim by expiry.</summary>
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    /// <summary>The scheduled run (and its retries, and the catch-up at start-up) for one user.</summary>
    public async Task<ReminderOutcome> RunAsync(string ownerId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        ReminderRecord record;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var slot = await WeeklySlotStore.FindAsync(db, ownerId, ct);
            if (slot is null || !slot.Slot.ReminderEnabled)
            {
                scheduler.Remove(ownerId);
                return ReminderOutcome.Disabled;
            }

            await GiveUpOnPassedSlotsAsync(db, ownerId, now, ct);
            if (ReminderTiming.DueSlot(slot.Schedule, slot.ReminderLead, now) is not { } slotStart)
            {
                return ReminderOutcome.NotDue;
            }

            record = await FindOrCreateAsync(db, ownerId, slot.Schedule.WeekOf(slotStart), slotStart, ct);
        }

        return record.State == ReminderState.Sent
            ? ReminderOutcome.AlreadySent
            : await DeliverAsync(record.Id, ct);
    }

    /// <summary>
    /// The record of the week of the user's next slot, created when missing, for sending that reminder now by hand
    /// (it is the same record the scheduled run uses, so the week's reminder is still sent once); null without a slot.
    /// </summary>
    public async Task<ReminderRecord?> RecordForNextSlotAsync(string ownerId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var slot = await WeeklySlotStore.FindAsync(db, ownerId, ct);
        if (slot is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        await GiveUpOnPassedSlotsAsync(db, ownerId, now, ct);
        var next = slot.Schedule.NextAfter(now);
        return await FindOrCreateAsync(db, ownerId, slot.Schedule.WeekOf(next), next, ct);
    }

    /// <summary>Claims and sends one record (the scheduled path and the manual re-send both end here).</summary>
    public async Task<ReminderOutcome> DeliverAsync(long recordId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var claimedUntil = now + ClaimFor;
        var claimed = await db.Set<ReminderRecord>()
            .Where(r => r.Id == recordId && r.State == ReminderState.Pending && (r.ClaimedUntilUtc == null || r.ClaimedUntilUtc < now))
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Attempts, r => r.Attempts + 1)
                .SetProperty(r => r.ClaimedUntilUtc, claimedUntil), ct);
        if (claimed == 0)
        {
            var state = await db.Set<ReminderRecord>().Where(r => r.Id == recordId).Select(r => (ReminderState?)r.State).SingleOrDefaultAsync(ct);
            return state == ReminderState.Sent ? ReminderOutcome.AlreadySent : ReminderOutcome.NotClaimed;
        }

        var record = await db.Set<ReminderRecord>().AsNoTracking().SingleAsync(r => r.Id == recordId, ct);
        try
        {
            var slot = await WeeklySlotStore.FindAsync(db, record.UserId, ct);
            var email = await db.Users.Where(u => u.Id == record.UserId).Select(u => u.Email).SingleOrDefaultAsync(ct);
            if (slot is null || string.IsNullOrWhiteSpace(email))
            {
                throw new MailDeliveryException("The account has no weekly slot or no email address any more.");
            }

            var slotStart = TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(record.SlotStartUtc, DateTimeKind.Utc)), slot.Zone).DateTime;
            var digest = ReminderDigest.Decide(await gatherer.GatherAsync(record.UserId, ct), slotStart, options.Value.SessionLink);
            var message = composer.Compose(email, digest.Subject, digest.TextBody(), digest.HtmlBody(), record.MessageId);
            var where = await sender.SendAsync(message, ct);

            await db.Set<ReminderRecord>().Where(r => r.Id == recordId).ExecuteUpdateAsync(set => set
                .SetProperty(r => r.State, ReminderState.Sent)
                .SetProperty(r => r.SentUtc, time.GetUtcNow().UtcDateTime)
                .SetProperty(r => r.LastError, (string?)null)
                .SetProperty(r => r.ClaimedUntilUtc, (DateTime?)null), CancellationToken.None);
            logger.LogInformation("Reminder {Week} for user {UserId} sent to {Where}", $"{record.IsoYear}-W{record.IsoWeek:00}", record.UserId, where);
            return ReminderOutcome.Sent;
        }
        catch (Exception ex)
        {
            var exhausted = record.Attempts >= MaxAttempts;
            var reason = ex is MailDeliveryException ? ex.Message : $"Unexpected error: {ex.Message}";
            await db.Set<ReminderRecord>().Where(r => r.Id == recordId).ExecuteUpdateAsync(set => set
                .SetProperty(r => r.State, exhausted ? ReminderState.Failed : ReminderState.Pending)
                .SetProperty(r => r.LastError, Truncate(reason))
                .SetProperty(r => r.ClaimedUntilUtc, (DateTime?)null), CancellationToken.None);
            logger.LogWarning(ex, "Reminder {RecordId} attempt {Attempt} of {Max} failed: {Reason}", recordId, record.Attempts, MaxAttempts, reason);
            throw;
        }
    }

    private async Task<ReminderRecord> FindOrCreateAsync(ApplicationDbContext db, string ownerId, IsoWeek week, DateTimeOffset slotStart, CancellationToken ct)
    {
        var existing = await FindAsync(db, ownerId, week, ct);
        if (existing is not null)
        {
            return existing;
        }

        var record = new ReminderRecord
        {
            UserId = ownerId,
            IsoYear = week.Year,
            IsoWeek = week.Week,
            SlotStartUtc = slotStart.UtcDateTime,
            MessageId = composer.NewMessageId(),
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        db.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
            return record;
        }
        catch (DbUpdateException)
        {
            // Another server created the week's record first: the unique index decided, use theirs.
            db.Entry(record).State = EntityState.Detached;
            return await FindAsync(db, ownerId, week, ct) ?? throw new InvalidOperationException("The reminder record vanished after a conflicting insert.");
        }
    }

    private static Task<ReminderRecord?> FindAsync(ApplicationDbContext db, string ownerId, IsoWeek week, CancellationToken ct) =>
        db.Set<ReminderRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.UserId == ownerId && r.IsoYear == week.Year && r.IsoWeek == week.Week, ct);

    // A reminder after its slot started is useless: a record still pending then is failed (and can be re-sent by hand).
    private static Task<int> GiveUpOnPassedSlotsAsync(ApplicationDbContext db, string ownerId, DateTimeOffset now, CancellationToken ct)
    {
        var utc = now.UtcDateTime;
        return db.Set<ReminderRecord>()
            .Where(r => r.UserId == ownerId && r.State == ReminderState.Pending && r.SlotStartUtc <= utc && (r.ClaimedUntilUtc == null || r.ClaimedUntilUtc < utc))
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.State, ReminderState.Failed)
                .SetProperty(r => r.LastError, r => (r.LastError ?? "Not sent") + " — the slot started before it could be sent."), ct);
    }

    private static string Truncate(string value) => value.Length <= 1000 ? value : value[..1000];
}
