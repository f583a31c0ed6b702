using Hangfire;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Time;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Schedule;

/// <summary>
/// One Hangfire recurring job per user that hangs off the weekly slot (the reminder, the session build), kept in
/// step with the slot in the database: registered with the slot's cron read in the slot's zone (so DST keeps the
/// local time), re-registered on every slot change, and registered again for every user at start-up — where a run
/// missed while the app was down is enqueued as a catch-up. Subclasses say when their job runs and what it calls.
/// </summary>
public abstract class SlotJobScheduler(
    IRecurringJobManager recurringJobs,
    IBackgroundJobClient jobs,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger logger) : IWeeklySlotListener
{
    /// <summary>What the job is called in logs ("reminder", "session").</summary>
    protected abstract string Name { get; }

    /// <summary>The recurring job id for a user, e.g. <c>reminder:{ownerId}</c>.</summary>
    public abstract string IdFor(string ownerId);

    /// <summary>When the job runs for this slot; null when it should not run at all (e.g. reminder switched off).</summary>
    protected abstract SlotSchedule? ScheduleFor(UserSlot slot);

    /// <summary>At start-up: whether a run missed while the app was down should happen now.</summary>
    protected abstract Task<bool> IsMissedAsync(UserSlot slot, DateTimeOffset now, ApplicationDbContext db, CancellationToken ct);

    /// <summary>Registers the recurring job with the concrete job method (so its retry attributes apply).</summary>
    protected abstract void AddOrUpdate(IRecurringJobManager manager, string jobId, string ownerId, string cron, RecurringJobOptions options);

    /// <summary>Enqueues one run now (the catch-up).</summary>
    protected abstract void Enqueue(IBackgroundJobClient client, string ownerId);

    public Task SlotChangedAsync(UserSlot slot, bool zoneChanged, CancellationToken ct)
    {
        Register(slot);
        return Task.CompletedTask;
    }

    public void Register(UserSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        if (ScheduleFor(slot) is not { } schedule)
        {
            Remove(slot.UserId);
            return;
        }

        AddOrUpdate(recurringJobs, IdFor(slot.UserId), slot.UserId, schedule.Cron, new RecurringJobOptions { TimeZone = schedule.TimeZone });
    }

    public void Remove(string ownerId) => recurringJobs.RemoveIfExists(IdFor(ownerId));

    /// <summary>
    /// Registers every user's job from the database (nothing lives only in Hangfire's storage) and enqueues
    /// the runs that were missed while the app was down.
    /// </summary>
    /// <returns>The users whose run was enqueued as a catch-up.</returns>
    public async Task<IReadOnlyList<string>> RegisterAllAsync(CancellationToken ct)
    {
        // A singleton: the context factory is scoped, so it comes from a scope of its own.
        using var scope = scopes.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ApplicationDbContext>>().CreateDbContextAsync(ct);
        var slots = await WeeklySlotStore.WithZones(db).ToListAsync(ct);
        var now = time.GetUtcNow();
        var caughtUp = new List<string>();
        foreach (var slot in slots)
        {
            try
            {
                Register(slot);
                if (ScheduleFor(slot) is not null && await IsMissedAsync(slot, now, db, ct))
                {
                    Enqueue(jobs, slot.UserId);
                    caughtUp.Add(slot.UserId);
                }
            }
            catch (TimeZoneNotFoundException ex)
            {
                logger.LogWarning(ex, "Weekly slot of user {UserId} names an unknown time zone {Zone}; no {Job} job scheduled", slot.UserId, slot.TimeZoneId, Name);
            }
        }

        logger.LogInformation("Registered {Job} jobs for {Count} weekly slots; {CatchUp} missed runs enqueued", Name, slots.Count, caughtUp.Count);
        return caughtUp;
    }
}
