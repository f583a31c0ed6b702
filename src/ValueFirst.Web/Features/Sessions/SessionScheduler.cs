using Hangfire;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Sessions;
using ValueFirst.Core.Time;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Jobs;

namespace ValueFirst.Web.Features.Sessions;

/// <summary>
/// Keeps one Hangfire recurring job <c>session:{ownerId}</c> per user at the slot's start, in the slot's zone. At
/// start-up the session of a slot that started this week while the app was down is built (if it is missing).
/// </summary>
public sealed class SessionScheduler(
    IRecurringJobManager recurringJobs,
    IBackgroundJobClient jobs,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<SessionScheduler> logger) : SlotJobScheduler(recurringJobs, jobs, scopes, time, logger)
{
    public static string JobId(string ownerId) => $"session:{ownerId}";

    protected override string Name => "session";

    public override string IdFor(string ownerId) => JobId(ownerId);

    protected override SlotSchedule? ScheduleFor(UserSlot slot) => slot.Schedule;

    protected override async Task<bool> IsMissedAsync(UserSlot slot, DateTimeOffset now, ApplicationDbContext db, CancellationToken ct)
    {
        var schedule = slot.Schedule;
        if (SessionTiming.StartedThisWeek(schedule, now) is not { } start)
        {
            return false;
        }

        var week = schedule.WeekOf(start);
        return !await db.Set<WeeklySession>().AnyAsync(s => s.OwnerId == slot.UserId && s.IsoYear == week.Year && s.IsoWeek == week.Week, ct);
    }

    protected override void AddOrUpdate(IRecurringJobManager manager, string jobId, string ownerId, string cron, RecurringJobOptions options) =>
        manager.AddOrUpdate<WeeklySessionJob>(jobId, job => job.RunAsync(ownerId, CancellationToken.None), cron, options);

    protected override void Enqueue(IBackgroundJobClient client, string ownerId) =>
        client.Enqueue<WeeklySessionJob>(job => job.RunAsync(ownerId, CancellationToken.None));
}
