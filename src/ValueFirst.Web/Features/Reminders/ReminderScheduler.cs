using Hangfire;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Reminders;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Sessions;
using ValueFirst.Web.Jobs;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>
/// Keeps one Hangfire recurring job <c>reminder:{userId}</c> per user in step with the slot in the database:
/// the slot's cron moved back by the lead time, read in the slot's zone (so DST keeps the local time).
/// </summary>
public sealed class ReminderScheduler(
    IRecurringJobManager recurringJobs,
    IBackgroundJobClient jobs,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<ReminderScheduler> logger) : IWeeklySlotListener
{
    public static string JobId(string userId) => $"reminder:{userId}";

    public void SlotChanged(WeeklySlot slot) => Register(slot);

    public void Register(WeeklySlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        if (!slot.ReminderEnabled)
        {
            Remove(slot.UserId);
            return;
        }

        var schedule = slot.ToReminderSchedule();
        var userId = slot.UserId;
        recurringJobs.AddOrUpdate<ReminderJob>(
            JobId(userId),
            job => job.RunAsync(userId, CancellationToken.None),
            schedule.Cron,
            new RecurringJobOptions { TimeZone = schedule.TimeZone });
    }

    public void Remove(string userId) => recurringJobs.RemoveIfExists(JobId(userId));

    /// <summary>
    /// At start-up: registers every user's job from the database (nothing lives only in Hangfire's storage) and
    /// enqueues the reminders that are due now — missed while the app was down, their slot not started yet.
    /// </summary>
    /// <returns>The users whose reminder was enqueued as a catch-up.</returns>
    public async Task<IReadOnlyList<string>> RegisterAllAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var slots = await db.Set<WeeklySlot>().AsNoTracking().ToListAsync(ct);
        var now = time.GetUtcNow();
        var caughtUp = new List<string>();
        foreach (var slot in slots)
        {
            try
            {
                Register(slot);
                var lead = TimeSpan.FromMinutes(slot.ReminderLeadMinutes);
                if (slot.ReminderEnabled && ReminderTiming.DueSlot(slot.ToSchedule(), lead, now) is not null)
                {
                    var userId = slot.UserId;
                    jobs.Enqueue<ReminderJob>(job => job.RunAsync(userId, CancellationToken.None));
                    caughtUp.Add(userId);
                }
            }
            catch (TimeZoneNotFoundException ex)
            {
                logger.LogWarning(ex, "Weekly slot of user {UserId} names an unknown time zone {Zone}; no reminder scheduled", slot.UserId, slot.TimeZoneId);
            }
        }

        logger.LogInformation("Registered reminder jobs for {Count} weekly slots; {CatchUp} due now enqueued", slots.Count, caughtUp.Count);
        return caughtUp;
    }
}
