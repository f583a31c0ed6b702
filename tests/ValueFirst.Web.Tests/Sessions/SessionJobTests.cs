using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Time;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Features.Sessions;
using ValueFirst.Web.Jobs;
using ValueFirst.Web.Tests.Reminders;

namespace ValueFirst.Web.Tests.Sessions;

/// <summary>
/// The session job against the real app with a fake clock (it starts Tue 24 March 2026 12:30 UTC, 13:30 in Berlin).
/// Europe/Berlin switches to summer time on Sun 29 March: Tue 14:00 is 13:00 UTC before and 12:00 UTC after.
/// </summary>
public sealed class SessionJobTests : IDisposable
{
    private static readonly DateTimeOffset SlotStartBeforeDst = new(2026, 3, 24, 13, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SlotStartAfterDst = new(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);

    private readonly ReminderWorld world = new();

    private RecurringJobDto? RecurringJob(string userId)
    {
        using var connection = world.App.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().SingleOrDefault(j => j.Id == SessionScheduler.JobId(userId));
    }

    private async Task<SessionBuildOutcome> RunJobAsync(string userId)
    {
        using var scope = world.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WeeklySessionJob>().RunAsync(userId, CancellationToken.None);
    }

    private Task<List<WeeklySession>> SessionsOfAsync(string userId) =>
        world.App.WithDbAsync(db => db.Set<WeeklySession>().AsNoTracking().Where(s => s.OwnerId == userId).OrderBy(s => s.IsoWeek).ToListAsync());

    [Fact]
    public async Task Saving_a_slot_registers_the_session_job_at_the_slot_start_in_the_slots_zone()
    {
        var user = await world.UserAsync();

        await world.SlotAsync(user, DayOfWeek.Tuesday, hour: 14, zone: "Europe/Berlin");

        var job = RecurringJob(user);
        Assert.NotNull(job);
        Assert.Equal("0 14 * * 2", job.Cron);
        Assert.Equal("Europe/Berlin", job.TimeZoneId);
        Assert.Equal(typeof(WeeklySessionJob), job.Job.Type);
        Assert.Equal(user, job.Job.Args[0]);
    }

    [Fact]
    public async Task Across_the_dst_change_each_weeks_run_at_14_local_builds_that_weeks_session()
    {
        var user = await world.UserAsync();
        var slot = await world.SlotAsync(user, DayOfWeek.Tuesday, hour: 14, zone: "Europe/Berlin");
        var schedule = slot.Schedule;

        // The occurrences the job fires at, from the fake clock: 14:00 on the wall clock both times.
        Assert.Equal([SlotStartBeforeDst, SlotStartAfterDst], schedule.Occurrences(world.Clock.GetUtcNow(), 2));
        world.Clock.SetUtcNow(SlotStartBeforeDst);
        Assert.Equal(SessionBuildOutcome.Built, await RunJobAsync(user));
        world.Clock.SetUtcNow(SlotStartAfterDst);
        Assert.Equal(SessionBuildOutcome.Built, await RunJobAsync(user));

        var sessions = await SessionsOfAsync(user);
        Assert.Equal([new IsoWeek(2026, 13), new IsoWeek(2026, 14)], sessions.Select(s => s.Week));
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        Assert.All(sessions, s => Assert.Equal(new TimeOnly(14, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(s.BuiltUtc, berlin))));
        Assert.All(sessions, s => Assert.Equal("Europe/Berlin", s.TimeZoneId));
    }

    [Fact]
    public async Task Running_the_job_twice_in_a_week_keeps_one_session()
    {
        var user = await world.UserAsync();
        await world.SlotAsync(user);
        await world.ContactAsync(user, "Ada Lovelace");
        world.Clock.SetUtcNow(SlotStartBeforeDst);

        Assert.Equal(SessionBuildOutcome.Built, await RunJobAsync(user));
        world.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(SessionBuildOutcome.AlreadyBuilt, await RunJobAsync(user));

        Assert.Single(await SessionsOfAsync(user));
    }

    [Fact]
    public async Task Concurrent_builds_of_the_same_week_save_one_session_and_all_return_it()
    {
        var user = await world.UserAsync();
        await world.SlotAsync(user);
        for (var i = 0; i < 5; i++)
        {
            await world.ContactAsync(user, $"Contact {i}");
        }

        var builds = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            await Task.Yield();
            using var scope = world.App.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<SessionPlanner>().BuildAsync(user);
        }));

        var session = Assert.Single(await SessionsOfAsync(user));
        Assert.All(builds, b => Assert.Equal(session.Id, b.Session.Id));
        Assert.Equal(1, builds.Count(b => b.Created));
        var items = await world.App.WithDbAsync(db => db.Set<SessionItem>().CountAsync());
        Assert.Equal(builds.Single(b => b.Created).Session.Items.Count, items);
    }

    [Fact]
    public async Task Start_up_catches_up_a_slot_that_started_this_week_while_the_app_was_down()
    {
        var missed = await world.UserAsync();
        var alreadyBuilt = await world.UserAsync();
        var notYet = await world.UserAsync();
        await world.SlotAsync(missed, DayOfWeek.Monday, hour: 9);
        await world.SlotAsync(alreadyBuilt, DayOfWeek.Monday, hour: 9);
        await world.SlotAsync(notYet, DayOfWeek.Thursday, hour: 9);
        using (var scope = world.App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SessionPlanner>().BuildAsync(alreadyBuilt);
        }

        var caughtUp = await world.App.Services.GetRequiredService<SessionScheduler>().RegisterAllAsync(CancellationToken.None);

        Assert.Equal([missed], caughtUp);
        var enqueued = Assert.Single(world.Jobs.Jobs, j => j.Type == typeof(WeeklySessionJob));
        Assert.Equal(missed, enqueued.Args[0]);
        Assert.NotNull(RecurringJob(notYet));
        Assert.Equal(SessionBuildOutcome.Built, await RunJobAsync(missed));
        Assert.Equal(new IsoWeek(2026, 13), Assert.Single(await SessionsOfAsync(missed)).Week);
    }

    [Fact]
    public async Task Without_a_slot_the_job_removes_itself()
    {
        var user = await world.UserAsync();
        await world.SlotAsync(user);
        Assert.NotNull(RecurringJob(user));
        await world.App.WithDbAsync(db => db.Set<WeeklySlot>().Where(s => s.UserId == user).ExecuteDeleteAsync());

        Assert.Equal(SessionBuildOutcome.NoSlot, await RunJobAsync(user));

        Assert.Null(RecurringJob(user));
        Assert.Empty(await SessionsOfAsync(user));
    }

    public void Dispose() => world.Dispose();
}
