using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MimeKit;
using ValueFirst.Core.Mail;
using ValueFirst.EndToEnd.Infrastructure;
using ValueFirst.Testing.LinkedIn;
using ValueFirst.Web.Email.Outbox;
using netDumbster.smtp;
using static Microsoft.Playwright.Assertions;

namespace ValueFirst.EndToEnd.Flows;

/// <summary>Flow 5: the weekly reminder, sent from Settings, reaches a real SMTP server on loopback.</summary>
public sealed class ReminderEmailTests : BrowserTest
{
    private readonly SimpleSmtpServer smtp;

    public ReminderEmailTests(BrowserFixture browser)
        : this(browser, FreePort())
    {
    }

    private ReminderEmailTests(BrowserFixture browser, int smtpPort)
        : base(browser, new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:TimeoutSeconds"] = "10",
        })
    {
        smtp = SimpleSmtpServer.Start(smtpPort);
    }

    [Fact]
    public Task Reminder_sent_from_settings_arrives_once_listing_whom_to_give_to_first() => RunAsync(async () =>
    {
        var page = await NewUserPageAsync(timeZone: "UTC");
        await RegisterAsync(page, "reminded@example.com");
        await Steps.ImportConnectionsAsync(page, new ConnectionsExportBuilder()
            .WithPerson("Grace", "Hopper", url: "https://www.linkedin.com/in/grace-hopper", company: "Navy")
            .WithPerson("Alan", "Turing", url: "https://www.linkedin.com/in/alan-turing", company: "Bletchley"));
        await Steps.SaveWeeklySlotAsync(page, "Wednesday", "10:00", 60);

        var reminder = Steps.Section(page, "Reminder email");
        await Expect(reminder.GetByText("None yet")).ToBeVisibleAsync();
        await reminder.GetByRole(AriaRole.Button, new() { Name = "Send this week's reminder now" }).ClickAsync();
        await Expect(reminder.GetByRole(AriaRole.Status)).ToContainTextAsync("Queued: this week's reminder");

        // Confirmation is not required here, so registering mailed nothing: the reminder is the only message.
        await EventuallyAsync(() => Reminders().Count > 0, "the reminder at the SMTP server");
        var message = Assert.Single(smtp.ReceivedEmail.Select(Parse));
        Assert.Equal(message.MessageId, Assert.Single(Reminders()).MessageId);
        Assert.Equal("reminded@example.com", Assert.Single(message.To.Mailboxes).Address);
        Assert.StartsWith("Your connecting hour Wed 10:00", message.Subject, StringComparison.Ordinal);
        foreach (var body in new[] { message.TextBody, message.HtmlBody })
        {
            Assert.Contains("Grace Hopper", body, StringComparison.Ordinal);
            Assert.Contains("Alan Turing", body, StringComparison.Ordinal);
        }

        // The list follows the job without a reload: the week turns from being sent to sent.
        var recent = reminder.GetByRole(AriaRole.Table);
        await Expect(recent.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Sent 20");

        // Once a week: asking again sends nothing.
        await reminder.GetByRole(AriaRole.Button, new() { Name = "Send this week's reminder now" }).ClickAsync();
        await Expect(reminder.GetByRole(AriaRole.Status)).ToContainTextAsync("was already sent");
        await SnapshotAsync(page, "settings-reminder-sent");
        Assert.Single(Reminders());
    });

    [Fact]
    public Task Done_link_from_the_delivered_reminder_logs_the_give_after_one_confirmation_and_shows_on_the_session_page() => RunAsync(async () =>
    {
        var page = await NewUserPageAsync(timeZone: "UTC");
        await RegisterAsync(page, "clicked@example.com");
        await Steps.ImportConnectionsAsync(page, new ConnectionsExportBuilder()
            .WithPerson("Grace", "Hopper", url: "https://www.linkedin.com/in/grace-hopper", company: "Navy"));
        await Steps.SaveWeeklySlotAsync(page, "Wednesday", "10:00", 60);
        var reminder = Steps.Section(page, "Reminder email");
        await reminder.GetByRole(AriaRole.Button, new() { Name = "Send this week's reminder now" }).ClickAsync();
        await EventuallyAsync(() => Reminders().Count > 0, "the reminder at the SMTP server");

        // The email names the app's configured address; the flow opens the same path on the live app, as a mail client
        // with no session would.
        var text = Assert.Single(Reminders()).TextBody!;
        var done = System.Text.RegularExpressions.Regex.Match(text[text.IndexOf("Grace Hopper", StringComparison.Ordinal)..], @"Done: (\S+)");
        Assert.True(done.Success, text);
        var mailClient = await NewUserPageAsync(timeZone: "UTC");
        await mailClient.GotoAsync(Live.Url(new Uri(done.Groups[1].Value).PathAndQuery));

        await Expect(mailClient.GetByRole(AriaRole.Heading, new() { Name = "Confirm" })).ToBeVisibleAsync();
        await Expect(mailClient.GetByText("Log your give to Grace Hopper")).ToBeVisibleAsync();
        Assert.Equal(0, await GivesAsync());
        await mailClient.GetByRole(AriaRole.Button, new() { Name = "Log it as done" }).ClickAsync();
        await Expect(mailClient.GetByRole(AriaRole.Status)).ToHaveTextAsync("Logged: your give to Grace Hopper.");
        Assert.Equal(1, await GivesAsync());

        // The link works once: opened again it says so.
        await mailClient.GotoAsync(Live.Url(new Uri(done.Groups[1].Value).PathAndQuery));
        await Expect(mailClient.GetByRole(AriaRole.Status)).ToHaveTextAsync("This was already done: nothing changed.");

        await page.GotoAsync(Live.Url("/session"));
        var fromEmail = Steps.Section(page, "Done from your email");
        await Expect(fromEmail).ToContainTextAsync("Grace Hopper: give logged");
        await SnapshotAsync(page, "session-done-from-email");
        Assert.Equal(1, await GivesAsync());
    });

    private Task<int> GivesAsync() =>
        Live.App.WithDbAsync(db => db.Set<ValueFirst.Web.Features.Ledger.Interaction>().CountAsync());

    private List<MimeMessage> Reminders() =>
        smtp.ReceivedEmail.Select(Parse).Where(m => m.Subject?.StartsWith("Your connecting hour", StringComparison.Ordinal) == true).ToList();

    private static MimeMessage Parse(SmtpMessage received)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ValueFirst.Testing.Mail.SmtpData.Unstuffed(received.Data)));
        return MimeMessage.Load(stream);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    protected override async Task DisposeAppAsync()
    {
        await base.DisposeAppAsync();
        smtp.Dispose();
    }
}
