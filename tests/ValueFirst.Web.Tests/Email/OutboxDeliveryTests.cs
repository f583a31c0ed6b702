using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Mail;
using ValueFirst.Web.Email;
using ValueFirst.Web.Email.Outbox;
using ValueFirst.Web.Features.Reminders;
using ValueFirst.Web.Tests.Infrastructure;
using ValueFirst.Web.Tests.Reminders;

namespace ValueFirst.Web.Tests.Email;

/// <summary>
/// The outbox against a real SMTP conversation on loopback (<see cref="LoopbackSmtpServer"/>): a server that is down and
/// comes back, every way of asking for the week's reminder again, and a connection lost after the message's data,
/// before the server's final answer. The reminder world's clock and job client let each test run the jobs itself.
/// </summary>
[Trait(BothProviders.Trait, BothProviders.Value)]
public sealed class OutboxDeliveryTests : IDisposable
{
    private readonly ReminderWorld world;
    private readonly LoopbackSmtpServer smtp;

    public OutboxDeliveryTests()
    {
        var port = ReminderWorld.FreePort();
        world = new ReminderWorld(port);
        smtp = new LoopbackSmtpServer(port);
    }

    private async Task<(bool Ok, string Message)> SendNowAsync(string userId)
    {
        using var scope = world.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderSettingsService>().SendNowAsync(userId);
    }

    private async Task<List<ReminderHistoryRow>> SettingsRowsAsync(string userId)
    {
        using var scope = world.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderSettingsService>().RecentAsync(userId);
    }

    private async Task<string> UserDueForReminderAsync()
    {
        var user = await world.UserAsync();
        await world.SlotAsync(user);
        await world.ContactAsync(user, "Ada Lovelace");
        return user;
    }

    /// <summary>What an impatient user and an admin do while the mail server is down: every button, twice.</summary>
    private async Task ClickEverythingAsync(string user)
    {
        for (var i = 0; i < 2; i++)
        {
            var sendNow = await SendNowAsync(user);
            Assert.False(sendNow.Ok);
            Assert.Contains("already on its way, so asking again changes nothing", sendNow.Message, StringComparison.Ordinal);
            Assert.Equal(ReminderOutcome.AlreadyRecorded, await world.RunJobAsync(user)); // "Trigger now" on the dashboard
            using var scope = world.App.Services.CreateScope();
            Assert.False(await scope.ServiceProvider.GetRequiredService<ReminderSettingsService>().ResendAsync(user, Assert.Single(await world.RecordsAsync(user)).Id));
        }

        // Whatever extra jobs ran, none spent an attempt before its time.
        Assert.All(await world.RunDeliveryJobsAsync(), outcome => Assert.Equal(DeliveryOutcome.NotDue, outcome));
        await world.SweepAsync();
    }

    [Fact]
    public async Task Mail_server_down_then_up_delivers_exactly_one_reminder_whatever_was_clicked()
    {
        var user = await UserDueForReminderAsync();

        Assert.Equal(ReminderOutcome.Recorded, await world.RunJobAsync(user));
        Assert.Equal([DeliveryOutcome.WillRetry], await world.RunDeliveryJobsAsync());
        await ClickEverythingAsync(user);
        Assert.Equal(1, Assert.Single(await world.OutboxAsync()).Attempts);

        world.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await world.SweepAsync()); // still down: the second attempt fails too
        await ClickEverythingAsync(user);
        var waiting = Assert.Single(await world.OutboxAsync());
        Assert.Equal((DeliveryState.Pending, 2), (waiting.State, waiting.Attempts));
        var row = Assert.Single(await SettingsRowsAsync(user));
        Assert.Equal("Retrying", row.Delivery.StateText);
        Assert.Contains("refused the connection", row.Delivery.Details, StringComparison.Ordinal);
        Assert.Contains("Next attempt 2026-03-24 12:33 UTC", row.Delivery.Details, StringComparison.Ordinal);

        smtp.Start();
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await world.SweepAsync()); // the third attempt, when the second failure said
        Assert.Equal(ReminderOutcome.AlreadyRecorded, await world.RunJobAsync(user));
        Assert.All(await world.RunDeliveryJobsAsync(), outcome => Assert.Equal(DeliveryOutcome.NotDue, outcome));
        Assert.Equal(0, await world.SweepAsync());

        var received = Assert.Single(smtp.Received);
        Assert.Contains("Ada Lovelace", received.TextBody, StringComparison.Ordinal);
        var sent = Assert.Single(await world.OutboxAsync());
        Assert.Equal((DeliveryState.Sent, 3, sent.MessageId), (sent.State, sent.Attempts, received.MessageId));
        Assert.Equal("Sent", Assert.Single(await SettingsRowsAsync(user)).Delivery.StateText);
        var again = await SendNowAsync(user);
        Assert.Contains("was already sent", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeated_sends_and_triggers_record_one_message_and_deliver_it_once()
    {
        smtp.Start();
        var user = await UserDueForReminderAsync();

        var first = await SendNowAsync(user);
        var more = new List<(bool Ok, string Message)>();
        for (var i = 0; i < 3; i++)
        {
            more.Add(await SendNowAsync(user));
            Assert.Equal(ReminderOutcome.AlreadyRecorded, await world.RunJobAsync(user));
        }

        var deliveries = await world.RunDeliveryJobsAsync();
        await world.SweepAsync();

        Assert.True(first.Ok, first.Message);
        Assert.All(more, m => Assert.False(m.Ok));
        Assert.Equal([DeliveryOutcome.Sent], deliveries);
        Assert.Single(await world.RecordsAsync(user));
        Assert.Single(await world.OutboxAsync());
        Assert.Single(smtp.Received);
    }

    [Fact]
    public async Task Connection_lost_before_the_servers_250_leaves_the_message_uncertain_and_at_most_two_copies_with_one_message_id()
    {
        smtp.DropAfterData = _ => true;
        smtp.Start();
        var user = await UserDueForReminderAsync();

        await world.RunJobAsync(user);
        Assert.Equal([DeliveryOutcome.Uncertain], await world.RunDeliveryJobsAsync());
        var uncertain = Assert.Single(await world.OutboxAsync());
        Assert.Equal((DeliveryState.Uncertain, MailFailure.UnknownAfterData, true), (uncertain.State, uncertain.LastFailure, uncertain.MayHaveArrived));
        Assert.Contains("lost after the whole message was sent, before the server confirmed it: it may have arrived", uncertain.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("Smtp:Security", uncertain.LastError, StringComparison.Ordinal);
        Assert.Contains("sent once more", Assert.Single(await SettingsRowsAsync(user)).Delivery.Details, StringComparison.Ordinal);

        // The one extra attempt, then never again: not by the sweep, not by the scheduled run, not after hours.
        for (var minutes = 0; minutes < 5; minutes++)
        {
            world.Clock.Advance(TimeSpan.FromMinutes(1));
            await world.RunDeliveryJobsAsync();
            await world.SweepAsync();
            await world.RunJobAsync(user);
        }

        world.Clock.Advance(TimeSpan.FromHours(3));
        await world.SweepAsync();

        Assert.Equal(2, smtp.Received.Count);
        Assert.Single(smtp.Received.Select(m => m.MessageId).Distinct());
        Assert.Equal(uncertain.MessageId, smtp.Received[0].MessageId);
        var final = Assert.Single(await world.OutboxAsync());
        Assert.Equal((DeliveryState.Uncertain, 2, (DateTime?)null), (final.State, final.Attempts, final.NextAttemptUtc));
        var row = Assert.Single(await SettingsRowsAsync(user));
        Assert.Equal("Uncertain", row.Delivery.StateText);
        Assert.Contains("It may have arrived, so it is not sent again on its own", row.Delivery.Details, StringComparison.Ordinal);
        Assert.True(row.Delivery.CanSendAgain);
    }

    [Fact]
    public async Task Connection_lost_once_after_the_data_then_accepted_is_sent_and_says_it_may_have_arrived_twice()
    {
        smtp.DropAfterData = number => number == 1;
        smtp.Start();
        var user = await UserDueForReminderAsync();

        await world.RunJobAsync(user);
        Assert.Equal([DeliveryOutcome.Uncertain], await world.RunDeliveryJobsAsync());
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal([DeliveryOutcome.Sent], await world.RunDeliveryJobsAsync());

        Assert.Equal(2, smtp.Received.Count);
        Assert.Single(smtp.Received.Select(m => m.MessageId).Distinct());
        var sent = Assert.Single(await world.OutboxAsync());
        Assert.Equal((DeliveryState.Sent, true), (sent.State, sent.MayHaveArrived));
        Assert.Contains("may have arrived twice", Assert.Single(await SettingsRowsAsync(user)).Delivery.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connection_lost_before_the_message_data_went_out_is_a_plain_failure_retried_as_usual()
    {
        var user = await UserDueForReminderAsync();
        var port = smtp.Port;
        // A server that hangs up when asked for DATA: not one byte of the message left the client.
        using var rude = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
        rude.Start();
        var conversation = Task.Run(async () =>
        {
            using var client = await rude.AcceptTcpClientAsync();
            var stream = client.GetStream();
            var reader = new StreamReader(stream, System.Text.Encoding.ASCII);
            var writer = new StreamWriter(stream, System.Text.Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 ready");
            while (await reader.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("DATA", StringComparison.OrdinalIgnoreCase))
                {
                    client.Client.LingerState = new System.Net.Sockets.LingerOption(true, 0);
                    return;
                }

                await writer.WriteLineAsync(line.StartsWith("EHLO", StringComparison.OrdinalIgnoreCase) ? "250 localhost" : "250 OK");
            }
        });

        await world.RunJobAsync(user);
        Assert.Equal([DeliveryOutcome.WillRetry], await world.RunDeliveryJobsAsync());
        await conversation;

        var message = Assert.Single(await world.OutboxAsync());
        Assert.Equal((DeliveryState.Pending, false), (message.State, message.MayHaveArrived));
        Assert.DoesNotContain("may have arrived", message.LastError, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        smtp.Dispose();
        world.Dispose();
    }
}
