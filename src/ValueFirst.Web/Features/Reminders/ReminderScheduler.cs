using Hangfire;
using ValueFirst.Core.Reminders;
using ValueFirst.Core.Time;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Jobs;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>
/// Keeps one Hangfire recurring job <c>reminder:{ownerId}</c> per user in step with the slot in the database:
/// the slot's cron moved back by the lead time, read in the slot's zone (so DST keeps the local time).
/// At start-up a reminder is caught up when it is due now: missed while the app was down, its slot not started yet.
/// </summary>
public sealed class ReminderScheduler(
    IRecurringJobManager recurringJobs,
    IBackgroundJobClient jobs,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<ReminderScheduler> logger) : SlotJobScheduler(recurringJobs, jobs, scopes, time, logger)
{
    public static string JobId(string ownerId) => $"reminder:{ownerId}";

    protected override string Name => "reminder";

    public override string IdFor(string ownerId) => JobId(ownerId);

    protected override SlotSchedule? ScheduleFor(UserSlot slot) => slot.Slot.ReminderEnabled ? slot.ReminderSchedule : null;

    protected override Task<bool> IsMissedAsync(UserSlot slot, DateTimeOffset now, ApplicationDbContext db, CancellationToken ct) =>
        Task.FromResult(ReminderTiming.DueSlot(slot.Schedule, slot.ReminderLead, now) is not null);

    protected override void AddOrUpdate(IRecurringJobManager manager, string jobId, string ownerId, string cron, RecurringJobOptions options) =>
        manager.AddOrUpdate<ReminderJob>(jobId, job => job.RunAsync(ownerId, CancellationToken.None), cron, options);

    protected override void Enqueue(IBackgroundJobClient client, string ownerId) =>
        client.Enqueue<ReminderJob>(job => job.RunAsync(ownerId, CancellationToken.None));
}
