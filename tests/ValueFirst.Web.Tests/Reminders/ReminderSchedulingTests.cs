using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using ValueFirst.Web.Features.Reminders;

namespace ValueFirst.Web.Tests.Reminders;

/// <summary>Recurring jobs follow the slot in the database; start-up catches up reminders that are still useful.</summary>
public sealed class ReminderSchedulingTests : IDisposable
{
    private readonly ReminderWorld world = new();

    private RecurringJobDto? RecurringJob(string userId)
    {
        using var connection = world.App.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().SingleOrDefault(j => j.Id == ReminderScheduler.JobId(userId));
    }

    [Fact]
    public async Task Saving_a_slot_registers_a_recurring_job_at_the_lead_time_in_the_slots_zone()
    {
        var user = await world.UserAsync();

        await world.SlotAsync(user, DayOfWeek.Tuesday, hour: 14, zone: "Europe/Berlin");

        var job = RecurringJob(user);
        Assert.NotNull(job);
        Assert.Equal("0 13 * * 2", job.Cron);
        Assert.Equal("Europe/Berlin", job.TimeZoneId);
        Assert.Equal("RunAsync", job.Job.Method.Name);
        Assert.Equal(user, job.Job.Args[0]);
    }

    [Fact]
    public async Task Changing_the_lead_time_moves_the_job_and_switching_off_removes_it()
    {
        var user = await world.UserAsync();
        await world.SlotAsync(user, DayOfWeek.Monday, hour: 0);

        await world.ReminderSettingsAsync(user, enabled: true, leadMinutes: 90);
        Assert.Equal("30 22 * * 0", RecurringJob(user)?.Cron);

        await world.ReminderSettingsAsync(user, enabled: false);
        Assert.Null(RecurringJob(user));
    }

    [Fact]
    public async Task Start_up_catches_up_a_missed_reminder_whose_slot_is_still_ahead_but_not_one_whose_slot_passed()
    {
        var stillAhead = await world.UserAsync();
        var passed = await world.UserAsync();
        var later = await world.UserAsync();
        await world.SlotAsync(stillAhead, DayOfWeek.Tuesday, hour: 14); // 13:00 UTC, clock is 12:30 UTC
        await world.SlotAsync(passed, DayOfWeek.Tuesday, hour: 13);     // 12:00 UTC, started 30 minutes ago
        await world.SlotAsync(later, DayOfWeek.Tuesday, hour: 18);      // reminder not due until 16:00 UTC

        var caughtUp = await world.App.Services.GetRequiredService<ReminderScheduler>().RegisterAllAsync(CancellationToken.None);

        Assert.Equal([stillAhead], caughtUp);
        var enqueued = Assert.Single(world.Jobs.ReminderJobs);
        Assert.Equal(stillAhead, enqueued.Args[0]);
        Assert.NotNull(RecurringJob(passed));
        Assert.NotNull(RecurringJob(later));
        Assert.Equal(ReminderOutcome.NotDue, await world.RunJobAsync(passed));
    }

    [Fact]
    public async Task Without_smtp_host_the_reminder_is_written_as_a_parseable_eml_file_in_the_data_folder()
    {
        var user = await world.UserAsync();
        await world.SlotAsync(user);
        await world.ContactAsync(user, "Ada <Lovelace>");

        Assert.Equal(ReminderOutcome.Sent, await world.RunJobAsync(user));

        var outbox = Path.Combine(world.App.Folder, "data", "mail-outbox");
        var file = Assert.Single(Directory.GetFiles(outbox, "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        var record = Assert.Single(await world.RecordsAsync(user));
        Assert.Equal(record.MessageId, message.MessageId);
        Assert.Equal(await world.EmailOfAsync(user), Assert.Single(message.To.Mailboxes).Address);
        Assert.StartsWith("Your connecting hour Tue 14:00", message.Subject);
        Assert.Contains("Ada <Lovelace>", message.TextBody);
        Assert.Contains("Ada &lt;Lovelace&gt;", message.HtmlBody);
    }

    public void Dispose() => world.Dispose();
}
