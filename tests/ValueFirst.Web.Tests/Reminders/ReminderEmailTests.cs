using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Mail;
using ValueFirst.Web.Email;
using ValueFirst.Web.Email.Outbox;
using ValueFirst.Web.Features.Reminders;
using netDumbster.smtp;

namespace ValueFirst.Web.Tests.Reminders;

/// <summary>The weekly reminder sent by MailKit to a real SMTP server on loopback (netDumbster).</summary>
public sealed class ReminderEmailTests : IDisposable
{
    private readonly int port = ReminderWorld.FreePort();
    private readonly ReminderWorld world;
    private SimpleSmtpServer? smtp;

    // Three attempts a minute apart: the budget runs out well before the slot starts.
    private const int MaxAttempts = 3;

    public ReminderEmailTests()
    {
        world = new ReminderWorld(port, more: new Dictionary<string, string?>
        {
            ["Outbox:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Outbox:RetryMinutes"] = "1",
        });
    }

    private SimpleSmtpServer StartSmtp() => smtp = SimpleSmtpServer.Start(port);

    private static MimeMessage Parse(SmtpMessage received)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ValueFirst.Testing.Mail.SmtpData.Unstuffed(received.Data)));
        return MimeMessage.Load(stream);
    }

    [Fact]
    public async Task Reminder_arrives_once_to_the_user_with_both_alternatives_and_contacts_in_the_ledgers_give_first_order()
    {
        var server = StartSmtp();
        var user = await world.UserAsync();
        var someoneElse = await world.UserAsync();
        await world.SlotAsync(user);
        // Peers get a give every 90 days: the most overdue first, then a first give; Dee was given to lately.
        await world.ContactAsync(user, "Bob Two-Gives", gives: 2, lastGiveDaysAgo: 95);
        await world.ContactAsync(user, "Ada No-Gives", gives: 0);
        await world.ContactAsync(user, "Cy One-Give", gives: 1, lastGiveDaysAgo: 120);
        await world.ContactAsync(user, "Dee Recent", gives: 1, lastGiveDaysAgo: 5);
        await world.ContactAsync(user, "Tara Target", state: ConnectionState.Target);
        await world.ContactAsync(someoneElse, "Not Mine");

        var outcome = await world.RunJobAsync(user);
        var delivered = await world.RunDeliveryJobsAsync();

        Assert.Equal(ReminderOutcome.Recorded, outcome);
        Assert.Equal([DeliveryOutcome.Sent], delivered);
        var received = Assert.Single(server.ReceivedEmail);
        var message = Parse(received);
        Assert.Equal(await world.EmailOfAsync(user), Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("Your connecting hour Tue 14:00: 3 people to give to first", message.Subject);
        var alternative = Assert.Single(Assert.IsType<Multipart>(message.Body).OfType<MultipartAlternative>());
        Assert.Contains(alternative, part => part.ContentType.IsMimeType("text", "plain"));
        Assert.Contains(alternative, part => part.ContentType.IsMimeType("text", "html"));
        foreach (var body in new[] { message.TextBody ?? "", message.HtmlBody ?? "" })
        {
            var ada = body.IndexOf("Ada No-Gives", StringComparison.Ordinal);
            var cy = body.IndexOf("Cy One-Give", StringComparison.Ordinal);
            var bob = body.IndexOf("Bob Two-Gives", StringComparison.Ordinal);
            Assert.True(cy >= 0 && cy < bob && bob < ada, $"Expected Cy, Bob, Ada in that order:\n{body}");
            Assert.DoesNotContain("Dee Recent", body);
            Assert.Contains("overdue by 30 days since your last give (4 months ago)", body);
            Assert.Contains("first give: no give recorded yet", body);
            Assert.DoesNotContain("Tara Target", body);
            Assert.DoesNotContain("Not Mine", body);
            Assert.Contains("https://valuefirst.test/session", body);
        }

        var record = Assert.Single(await world.RecordsAsync(user));
        Assert.Equal(DeliveryState.Sent, record.Message!.State);
        Assert.Equal(record.Message.MessageId, message.MessageId);
        Assert.EndsWith("@valuefirst.test", message.MessageId, StringComparison.Ordinal);
        Assert.Equal((2026, 13), (record.IsoYear, record.IsoWeek));
    }

    [Fact]
    public async Task Reminder_lists_earned_asks_apart_and_the_unpublished_item_due_this_week()
    {
        var server = StartSmtp();
        var user = await world.UserAsync();
        await world.SlotAsync(user);
        await world.ContactAsync(user, "Gina Give-First", gives: 1, lastGiveDaysAgo: 100);
        var earned = await world.ContactAsync(user, "Erin Earned", gives: 3, lastGiveDaysAgo: 2);
        await world.App.WithDbAsync(async db =>
        {
            var contact = await db.Set<ValueFirst.Web.Features.Contacts.Contact>().SingleAsync(c => c.Id == earned);
            contact.ConnectedOn = new DateOnly(2025, 6, 1);
            return await db.SaveChangesAsync();
        });
        // The slot's week is Mon 23 – Sun 29 March 2026.
        var folder = await ValueFirst.Web.Tests.Content.ContentFiles.FolderOfAsync(world.App, user);
        File.WriteAllText(Path.Combine(folder, "due.md"), "---\ntitle: Due this week\nstatus: ready\ndate: 2026-03-26\n---\nBody\n");
        File.WriteAllText(Path.Combine(folder, "next.md"), "---\ntitle: Due next week\nstatus: ready\ndate: 2026-04-02\n---\nBody\n");
        await world.App.Services.GetRequiredService<ValueFirst.Web.Features.Content.ContentLibrary>().ReloadAsync(user);

        await world.RunJobAsync(user);
        await world.RunDeliveryJobsAsync();

        var body = Parse(Assert.Single(server.ReceivedEmail)).TextBody ?? "";
        var asksAt = body.IndexOf("Erin Earned", StringComparison.Ordinal);
        Assert.True(body.IndexOf("Gina Give-First", StringComparison.Ordinal) >= 0, body);
        Assert.True(asksAt >= 0, body);
        Assert.Contains("Due this week", body);
        Assert.DoesNotContain("Due next week", body);
    }

    [Fact]
    public async Task Contact_named_like_a_script_tag_arrives_as_encoded_text()
    {
        var server = StartSmtp();
        var user = await world.UserAsync();
        await world.SlotAsync(user);
        await world.ContactAsync(user, "<script>alert('x')</script>");

        await world.RunJobAsync(user);
        await world.RunDeliveryJobsAsync();

        var message = Parse(Assert.Single(server.ReceivedEmail));
        Assert.DoesNotContain("<script>", message.HtmlBody);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", message.HtmlBody);
        Assert.Contains("<script>alert('x')</script>", message.TextBody);
    }

    [Fact]
    public async Task Job_run_twice_for_the_same_week_sends_one_message()
    {
        var server = StartSmtp();
        var user = await world.UserAsync();
        await world.SlotAsync(user);
        await world.ContactAsync(user, "Ada");

        var first = await world.RunJobAsync(user);
        world.Clock.Advance(TimeSpan.FromMinutes(10));
        var second = await world.RunJobAsync(user);
        await world.RunDeliveryJobsAsync();

        Assert.Equal(ReminderOutcome.Recorded, first);
        Assert.Equal(ReminderOutcome.AlreadyRecorded, second);
        Assert.Equal(1, server.ReceivedEmailCount);
        Assert.Single(await world.RecordsAsync(user));
    }

    [Fact]
    public async Task Concurrent_runs_for_the_same_week_send_one_message()
    {
        var server = StartSmtp();
        var user = await world.UserAsync();
        await world.SlotAsync(user);
        await world.ContactAsync(user, "Ada");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => world.RunJobAsync(user))));
        var deliveries = await world.RunDeliveryJobsAsync();

        Assert.Equal(1, outcomes.Count(o => o == ReminderOutcome.Recorded));
        Assert.Equal([DeliveryOutcome.Sent], deliveries);
        Assert.Equal(1, server.ReceivedEmailCount);
        Assert.Single(await world.OutboxAsync());
    }

    [Fact]
    public async Task Server_down_records_the_failure_and_the_retry_sends_once_with_the_same_message_id()
    {
        var user = await world.UserAsync();
        await world.SlotAsync(user);
        await world.ContactAsync(user, "Ada");

        Assert.Equal(ReminderOutcome.Recorded, await world.RunJobAsync(user));
        Assert.Equal([DeliveryOutcome.WillRetry], await world.RunDeliveryJobsAsync());
        var afterFailure = Assert.Single(await world.RecordsAsync(user)).Message!;

        Assert.Equal((DeliveryState.Pending, 1, MailFailure.Refused), (afterFailure.State, afterFailure.Attempts, afterFailure.LastFailure));
        Assert.Contains("refused the connection", afterFailure.LastError);
        Assert.Equal(ReminderWorld.ReminderDue.UtcDateTime.AddMinutes(1), afterFailure.NextAttemptUtc);

        var server = StartSmtp();
        world.Clock.Advance(TimeSpan.FromMinutes(1)); // the first wait of Outbox:RetryMinutes
        Assert.Equal([DeliveryOutcome.Sent], await world.RunDeliveryJobsAsync()); // the retry the failure scheduled

        var message = Parse(Assert.Single(server.ReceivedEmail));
        var sent = Assert.Single(await world.RecordsAsync(user)).Message!;
        Assert.Equal((DeliveryState.Sent, 2), (sent.State, sent.Attempts));
        Assert.Equal(afterFailure.MessageId, message.MessageId);
    }

    [Fact]
    public async Task Exhausted_attempts_mark_the_week_failed_and_a_resend_by_hand_delivers_it()
    {
        var user = await world.UserAsync();
        await world.SlotAsync(user);
        await world.ContactAsync(user, "Ada");

        await FailEveryAttemptAsync(user);

        var failed = Assert.Single(await world.RecordsAsync(user));
        Assert.Equal((DeliveryState.Failed, MaxAttempts), (failed.Message!.State, failed.Message.Attempts));
        Assert.Equal(ReminderOutcome.AlreadyRecorded, await world.RunJobAsync(user));
        Assert.Empty(await world.RunDeliveryJobsAsync());

        var server = StartSmtp();
        using (var scope = world.App.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ReminderSettingsService>().ResendAsync(user, failed.Id));
        }

        Assert.Equal([DeliveryOutcome.Sent], await world.RunDeliveryJobsAsync());
        Assert.Equal(failed.Message.MessageId, Parse(Assert.Single(server.ReceivedEmail)).MessageId);
        Assert.Equal(DeliveryState.Sent, Assert.Single(await world.RecordsAsync(user)).Message!.State);
    }

    [Fact]
    public async Task Another_users_failed_reminder_cannot_be_resent()
    {
        var owner = await world.UserAsync();
        var stranger = await world.UserAsync();
        await world.SlotAsync(owner);
        await world.SlotAsync(stranger);
        await FailEveryAttemptAsync(owner);

        var failed = Assert.Single(await world.RecordsAsync(owner));
        var jobsBefore = world.Jobs.Jobs.Count;
        using var scope = world.App.Services.CreateScope();
        var settings = scope.ServiceProvider.GetRequiredService<ReminderSettingsService>();

        Assert.False(await settings.ResendAsync(stranger, failed.Id));
        Assert.Equal(jobsBefore, world.Jobs.Jobs.Count);
        Assert.Equal(DeliveryState.Failed, Assert.Single(await world.RecordsAsync(owner)).Message!.State);
    }

    [Fact]
    public async Task A_reminder_still_unsent_when_its_slot_starts_is_given_up_as_failed()
    {
        var user = await world.UserAsync();
        await world.SlotAsync(user);
        await world.RunJobAsync(user);
        Assert.Equal([DeliveryOutcome.WillRetry], await world.RunDeliveryJobsAsync());

        world.Clock.Advance(TimeSpan.FromMinutes(45)); // 13:15 UTC: the 14:00 Berlin slot has started
        var late = await world.RunJobAsync(user);
        var retry = await world.RunDeliveryJobsAsync();

        Assert.Equal(ReminderOutcome.NotDue, late);
        Assert.Equal([DeliveryOutcome.NotDue], retry);
        var message = Assert.Single(await world.RecordsAsync(user)).Message!;
        Assert.Equal((DeliveryState.Failed, 1), (message.State, message.Attempts));
        Assert.Contains("too late to be useful", message.LastError);
    }

    private async Task FailEveryAttemptAsync(string user)
    {
        await world.RunJobAsync(user);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            await world.RunDeliveryJobsAsync();
            world.Clock.Advance(TimeSpan.FromMinutes(1));
        }
    }

    [Fact]
    public async Task Reminder_switched_off_sends_nothing()
    {
        var server = StartSmtp();
        var user = await world.UserAsync();
        await world.SlotAsync(user);
        await world.ReminderSettingsAsync(user, enabled: false);

        Assert.Equal(ReminderOutcome.Disabled, await world.RunJobAsync(user));
        Assert.Equal(0, server.ReceivedEmailCount);
        Assert.Empty(await world.RecordsAsync(user));
    }

    public void Dispose()
    {
        smtp?.Dispose();
        world.Dispose();
    }
}
