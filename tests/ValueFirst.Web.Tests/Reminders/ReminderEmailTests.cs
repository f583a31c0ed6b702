using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using ValueFirst.Core.Contacts;
using ValueFirst.Web.Email;
using ValueFirst.Web.Features.Reminders;
using netDumbster.smtp;

namespace ValueFirst.Web.Tests.Reminders;

/// <summary>The weekly reminder sent by MailKit to a real SMTP server on loopback (netDumbster).</summary>
public sealed class ReminderEmailTests : IDisposable
{
    private readonly int port = ReminderWorld.FreePort();
    private readonly ReminderWorld world;
    private SimpleSmtpServer? smtp;

    public ReminderEmailTests()
    {
        world = new ReminderWorld(port);
    }

    private SimpleSmtpServer StartSmtp() => smtp = SimpleSmtpServer.Start(port);

    private static MimeMessage Parse(SmtpMessage received)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(received.Data));
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

        Assert.Equal(ReminderOutcome.Sent, outcome);
        var received = Assert.Single(server.ReceivedEmail);
        var message = Parse(received);
        Assert.Equal(await world.EmailOfAsync(user), Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("Your connecting hour Tue 14:00: 3 people to give to first", message.Subject);
        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
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
        Assert.Equal(ReminderState.Sent, record.State);
        Assert.Equal(record.MessageId, message.MessageId);
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

        Assert.Equal(ReminderOutcome.Sent, first);
        Assert.Equal(ReminderOutcome.AlreadySent, second);
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

        Assert.Equal(1, outcomes.Count(o => o == ReminderOutcome.Sent));
        Assert.Equal(1, server.ReceivedEmailCount);
    }

    [Fact]
    public async Task Server_down_records_the_failure_and_the_retry_sends_once_with_the_same_message_id()
    {
        var user = await world.UserAsync();
        await world.SlotAsync(user);
        await world.ContactAsync(user, "Ada");

        var failure = await Assert.ThrowsAsync<MailDeliveryException>(() => world.RunJobAsync(user));
        var afterFailure = Assert.Single(await world.RecordsAsync(user));

        Assert.Contains("refused the connection", failure.Message);
        Assert.Equal(ReminderState.Pending, afterFailure.State);
        Assert.Equal(1, afterFailure.Attempts);
        Assert.Equal(failure.Message, afterFailure.LastError);

        var server = StartSmtp();
        world.Clock.Advance(TimeSpan.FromMinutes(2)); // Hangfire's first retry comes after a back-off
        var retry = await world.RunJobAsync(user);

        Assert.Equal(ReminderOutcome.Sent, retry);
        var message = Parse(Assert.Single(server.ReceivedEmail));
        var sent = Assert.Single(await world.RecordsAsync(user));
        Assert.Equal(ReminderState.Sent, sent.State);
        Assert.Equal(2, sent.Attempts);
        Assert.Equal(afterFailure.MessageId, message.MessageId);
    }

    [Fact]
    public async Task Exhausted_retries_mark_the_week_failed_and_a_resend_by_hand_delivers_it()
    {
        var user = await world.UserAsync();
        await world.SlotAsync(user);
        await world.ContactAsync(user, "Ada");

        for (var attempt = 0; attempt < ReminderDispatcher.MaxAttempts; attempt++)
        {
            await Assert.ThrowsAsync<MailDeliveryException>(() => world.RunJobAsync(user));
        }

        var failed = Assert.Single(await world.RecordsAsync(user));
        Assert.Equal(ReminderState.Failed, failed.State);
        Assert.Equal(ReminderOutcome.NotClaimed, await world.RunJobAsync(user));

        var server = StartSmtp();
        using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(world.App.Services))
        {
            var settings = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ReminderSettingsService>(scope.ServiceProvider);
            Assert.True(await settings.ResendAsync(user, failed.Id));
        }

        var queued = Assert.Single(world.Jobs.ReminderJobs);
        Assert.Equal("ResendAsync", queued.Method.Name);
        Assert.Equal(failed.Id, queued.Args[0]);
        Assert.Equal(ReminderOutcome.Sent, await world.RunResendJobAsync(failed.Id));
        Assert.Equal(1, server.ReceivedEmailCount);
        Assert.Equal(ReminderState.Sent, Assert.Single(await world.RecordsAsync(user)).State);
    }

    [Fact]
    public async Task Another_users_failed_reminder_cannot_be_resent()
    {
        var owner = await world.UserAsync();
        var stranger = await world.UserAsync();
        await world.SlotAsync(owner);
        for (var attempt = 0; attempt < ReminderDispatcher.MaxAttempts; attempt++)
        {
            await Assert.ThrowsAsync<MailDeliveryException>(() => world.RunJobAsync(owner));
        }

        var failed = Assert.Single(await world.RecordsAsync(owner));
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(world.App.Services);
        var settings = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ReminderSettingsService>(scope.ServiceProvider);

        Assert.False(await settings.ResendAsync(stranger, failed.Id));
        Assert.Empty(world.Jobs.ReminderJobs);
    }

    [Fact]
    public async Task A_reminder_still_pending_when_its_slot_starts_is_given_up_as_failed()
    {
        var user = await world.UserAsync();
        await world.SlotAsync(user);
        await Assert.ThrowsAsync<MailDeliveryException>(() => world.RunJobAsync(user));

        world.Clock.Advance(TimeSpan.FromMinutes(45)); // 13:15 UTC: the 14:00 Berlin slot has started
        var late = await world.RunJobAsync(user);

        Assert.Equal(ReminderOutcome.NotDue, late);
        var record = Assert.Single(await world.RecordsAsync(user));
        Assert.Equal(ReminderState.Failed, record.State);
        Assert.Contains("the slot started before it could be sent", record.LastError);
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
