using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ValueFirst.Core.Mail;
using ValueFirst.Web.Email.Outbox;
using ValueFirst.Web.Jobs;
using ValueFirst.Web.Tests.Email;
using ValueFirst.Web.Tests.Infrastructure;
using ValueFirst.Web.Tests.Reminders;

namespace ValueFirst.Web.Tests.Security;

/// <summary>
/// Registration never waits for the mail server: the account and its confirmation email are stored together, and the
/// outbox delivers the email when the server is there. Without required confirmation nothing is mailed at registration.
/// </summary>
[Trait(BothProviders.Trait, BothProviders.Value)]
public sealed class RegistrationMailTests : IDisposable
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly LoopbackSmtpServer smtp = new(ReminderWorld.FreePort());
    private TestApp? app;

    private TestApp Start(bool requireConfirmedAccount) => app = new TestApp(
        settings: new Dictionary<string, string?>
        {
            ["ValueFirst:RequireConfirmedAccount"] = requireConfirmedAccount ? "true" : "false",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:TimeoutSeconds"] = "5",
            ["Smtp:FromAddress"] = "hello@valuefirst.test",
        },
        services: services => services.AddSingleton<TimeProvider>(clock));

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email) =>
        AccountSession.PostFormAsync(client, "/Account/Register", "register", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = AccountSession.Password,
            ["Input.ConfirmPassword"] = AccountSession.Password,
        });

    private Task<List<OutboxMessage>> OutboxAsync() =>
        app!.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().ToListAsync());

    [Fact]
    public async Task Registering_while_the_mail_server_is_down_creates_the_account_and_the_confirmation_arrives_once_it_is_back()
    {
        var server = Start(requireConfirmedAccount: true);
        var browser = server.CreateBrowserLikeClient();

        var register = await RegisterAsync(browser, "early@example.com");
        var page = await browser.GetAsync(register.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.Redirect, register.StatusCode);
        Assert.Contains("Account/RegisterConfirmation", register.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("check your email", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await server.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "early@example.com" && !u.EmailConfirmed)));

        // The delivery job queued at registration meets a server that is down: the email waits for its next attempt.
        await OutboxWait.UntilIdleAsync(server);
        var waiting = Assert.Single(await OutboxAsync());
        Assert.Equal((DeliveryState.Pending, 1, MailPurpose.ConfirmEmail), (waiting.State, waiting.Attempts, waiting.Purpose));

        smtp.Start();
        clock.Advance(TimeSpan.FromMinutes(1));
        using (var scope = server.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxJob>().SweepAsync(CancellationToken.None);
        }

        await OutboxWait.UntilIdleAsync(server); // the recurring sweep may have been the one sending it

        var sent = Assert.Single(await OutboxAsync());
        Assert.Equal((DeliveryState.Sent, 2), (sent.State, sent.Attempts));
        var email = Assert.Single(smtp.Received);
        Assert.Equal("early@example.com", Assert.Single(email.To.Mailboxes).Address);
        Assert.Equal("Confirm your ValueFirst account", email.Subject);
        // Account emails name the sender's domain in their Message-Id, not the machine's.
        Assert.EndsWith("@valuefirst.test", email.MessageId, StringComparison.Ordinal);
        Assert.Equal(sent.MessageId, email.MessageId);

        var link = (email.TextBody ?? "").Split('\n').Select(l => l.Trim()).Single(l => l.Contains("Account/ConfirmEmail", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri(link).PathAndQuery)).StatusCode);
        Assert.True(await server.WithDbAsync(db => db.Users.Where(u => u.Email == "early@example.com").Select(u => u.EmailConfirmed).SingleAsync()));
    }

    [Fact]
    public async Task Without_required_confirmation_registering_mails_nothing_and_the_account_page_sends_the_confirmation_on_request()
    {
        smtp.Start();
        var server = Start(requireConfirmedAccount: false);

        var client = await AccountSession.RegisterAndSignInAsync(server, "relaxed@example.com");
        await OutboxWait.UntilIdleAsync(server);

        Assert.Empty(await OutboxAsync());
        Assert.Empty(smtp.Received);

        var verify = await AccountSession.PostFormAsync(client, "/Account/Manage/Email", "send-verification", []);
        await OutboxWait.UntilIdleAsync(server);

        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.Contains("Confirmation email sent", await verify.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var email = Assert.Single(smtp.Received);
        Assert.Equal(("relaxed@example.com", "Confirm your ValueFirst account"), (Assert.Single(email.To.Mailboxes).Address, email.Subject));
    }

    public void Dispose()
    {
        app?.Dispose();
        smtp.Dispose();
    }
}
