using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Web.Features.Reminders;
using netDumbster.smtp;

namespace ValueFirst.Web.Tests.Reminders;

/// <summary>"Send this week's reminder now" in Settings: the same job and once-per-week record as the scheduled run.</summary>
public sealed class SendNowTests : IDisposable
{
    private readonly int port = ReminderWorld.FreePort();
    private readonly ReminderWorld world;
    private readonly SimpleSmtpServer smtp;

    public SendNowTests()
    {
        world = new ReminderWorld(port);
        smtp = SimpleSmtpServer.Start(port);
    }

    private async Task<(bool Ok, string Message)> SendNowAsync(string userId)
    {
        using var scope = world.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderSettingsService>().SendNowAsync(userId);
    }

    [Fact]
    public async Task Send_now_days_before_the_reminder_is_due_sends_it_once_and_the_scheduled_run_does_not_repeat_it()
    {
        var user = await world.UserAsync();
        await world.SlotAsync(user);
        await world.ContactAsync(user, "Ada Lovelace");
        world.Clock.SetUtcNow(ReminderWorld.ReminderDue.AddDays(4)); // Saturday, three days before the next Tuesday slot

        var first = await SendNowAsync(user);

        Assert.True(first.Ok, first.Message);
        var job = Assert.Single(world.Jobs.ReminderJobs);
        Assert.Equal("ResendAsync", job.Method.Name);
        var record = Assert.Single(await world.RecordsAsync(user));
        Assert.Equal((2026, 14), (record.IsoYear, record.IsoWeek));
        Assert.Equal(ReminderOutcome.Sent, await world.RunResendJobAsync((long)job.Args[0]));
        Assert.Contains("Ada Lovelace", Assert.Single(smtp.ReceivedEmail).Data, StringComparison.Ordinal);

        var second = await SendNowAsync(user);

        Assert.False(second.Ok);
        Assert.Contains("already sent", second.Message, StringComparison.Ordinal);
        Assert.Single(world.Jobs.ReminderJobs);

        // That Tuesday at 13:30 Berlin (summer time by then: 11:30 UTC), when the scheduled run fires.
        world.Clock.SetUtcNow(ReminderWorld.ReminderDue.AddDays(7).AddHours(-1));
        Assert.Equal(ReminderOutcome.AlreadySent, await world.RunJobAsync(user));
        Assert.Equal(1, smtp.ReceivedEmailCount);
    }

    [Fact]
    public async Task Send_now_without_a_slot_queues_nothing_and_says_to_save_one()
    {
        var user = await world.UserAsync();

        var result = await SendNowAsync(user);

        Assert.False(result.Ok);
        Assert.Contains("weekly connecting hour", result.Message, StringComparison.Ordinal);
        Assert.Empty(world.Jobs.ReminderJobs);
        Assert.Empty(await world.RecordsAsync(user));
    }

    public void Dispose()
    {
        smtp.Dispose();
        world.Dispose();
    }
}
