using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Reminders;
using ValueFirst.Web.Data;
using ValueFirst.Web.Email;
using ValueFirst.Web.Features.Sessions;
using ValueFirst.Core.Time;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>
/// Sends a user's weekly reminder at most once per ISO week: find or create the week's record (unique
/// index), claim it with a conditional UPDATE (only one sender wins), send with the record's Message-Id,
/// then mark it sent. A failure is recorded and rethrown so Hangfire retries; the last attempt marks it failed.
/// </summary>
public sealed class ReminderDispatcher(
    ApplicationDbContext db,
    IMailSender sender,
    ReminderMessageFactory messages,
    ReminderScheduler scheduler,
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
    public async Task<ReminderOutcome> RunAsync(string userId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var slot = await db.Set<WeeklySlot>().AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, ct);
        if (slot is null || !slot.ReminderEnabled)
        {
            scheduler.Remove(userId);
            return ReminderOutcome.Disabled;
        }

        await GiveUpOnPassedSlotsAsync(userId, now, ct);
        var schedule = slot.ToSchedule();
        if (ReminderTiming.DueSlot(schedule, TimeSpan.FromMinutes(slot.ReminderLeadMinutes), now) is not { } slotStart)
        {
            return ReminderOutcome.NotDue;
        }

        var record = await FindOrCreateAsync(userId, schedule.WeekOf(slotStart), slotStart, ct);
        return record.State == ReminderState.Sent
            ? ReminderOutcome.AlreadySent
            : await DeliverAsync(record.Id, ct);
    }

    /// <summary>
    /// The record of the week of the user's next slot, created when missing, for sending that reminder now by hand
    /// (it is the same record the scheduled run uses, so the week's reminder is still sent once); null without a slot.
    /// </summary>
    public async Task<ReminderRecord?> RecordForNextSlotAsync(string userId, CancellationToken ct)
    {
        var slot = await db.Set<WeeklySlot>().AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, ct);
        if (slot is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        await GiveUpOnPassedSlotsAsync(userId, now, ct);
        var schedule = slot.ToSchedule();
        var next = schedule.NextAfter(now);
        return await FindOrCreateAsync(userId, schedule.WeekOf(next), next, ct);
    }

    /// <summary>Claims and sends one record (the scheduled path and the manual re-send both end here).</summary>
    public async Task<ReminderOutcome> DeliverAsync(long recordId, CancellationToken ct)
    {
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
            var slot = await db.Set<WeeklySlot>().AsNoTracking().SingleOrDefaultAsync(s => s.UserId == record.UserId, ct);
            var email = await db.Users.Where(u => u.Id == record.UserId).Select(u => u.Email).SingleOrDefaultAsync(ct);
            if (slot is null || string.IsNullOrWhiteSpace(email))
            {
                throw new MailDeliveryException("The account has no weekly slot or no email address any more.");
            }

            var slotStart = new DateTimeOffset(DateTime.SpecifyKind(record.SlotStartUtc, DateTimeKind.Utc));
            var message = await messages.CreateAsync(email, slot, slotStart, record.MessageId, ct);
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

    private async Task<ReminderRecord> FindOrCreateAsync(string userId, IsoWeek week, DateTimeOffset slotStart, CancellationToken ct)
    {
        var existing = await FindAsync(userId, week, ct);
        if (existing is not null)
        {
            return existing;
        }

        var record = new ReminderRecord
        {
            UserId = userId,
            IsoYear = week.Year,
            IsoWeek = week.Week,
            SlotStartUtc = slotStart.UtcDateTime,
            MessageId = messages.NewMessageId(),
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
            return await FindAsync(userId, week, ct) ?? throw new InvalidOperationException("The reminder record vanished after a conflicting insert.");
        }
    }

    private Task<ReminderRecord?> FindAsync(string userId, IsoWeek week, CancellationToken ct) =>
        db.Set<ReminderRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId && r.IsoYear == week.Year && r.IsoWeek == week.Week, ct);

    // A reminder after its slot started is useless: a record still pending then is failed (and can be re-sent by hand).
    private Task<int> GiveUpOnPassedSlotsAsync(string userId, DateTimeOffset now, CancellationToken ct)
    {
        var utc = now.UtcDateTime;
        return db.Set<ReminderRecord>()
            .Where(r => r.UserId == userId && r.State == ReminderState.Pending && r.SlotStartUtc <= utc && (r.ClaimedUntilUtc == null || r.ClaimedUntilUtc < utc))
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.State, ReminderState.Failed)
                .SetProperty(r => r.LastError, r => (r.LastError ?? "Not sent") + " — the slot started before it could be sent."), ct);
    }

    private static string Truncate(string value) => value.Length <= 1000 ? value : value[..1000];
}
