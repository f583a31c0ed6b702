using System.Text.RegularExpressions;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Features.Reminders;

namespace ValueFirst.Web.Tests.Reminders;

/// <summary>
/// The links and the calendar attachment of a delivered reminder (MailKit to netDumbster, parsed with MimeKit and
/// Ical.Net). The clock starts at the latest real Tuesday the reminder was due, so the links' expiry is ahead of the
/// wall clock as well.
/// </summary>
public sealed class ReminderLinksEmailTests : IDisposable
{
    private readonly int port = ReminderWorld.FreePort();
    private readonly ReminderWorld world;
    private readonly SimpleSmtpServer smtp;

    public ReminderLinksEmailTests()
    {
        world = new ReminderWorld(port, now: ReminderWorld.RecentReminderDue());
        smtp = SimpleSmtpServer.Start(port);
    }

    public void Dispose()
    {
        smtp.Dispose();
        world.Dispose();
    }

    private static MimeMessage Parse(SmtpMessage received)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ValueFirst.Testing.Mail.SmtpData.Unstuffed(received.Data)));
        return MimeMessage.Load(stream);
    }

    [Fact]
    public async Task Reminder_carries_three_signed_links_per_give_and_the_hour_as_an_ics_whose_uid_is_the_feeds_recurring_event()
    {
        var server = smtp;
        var user = await world.UserAsync();
        await world.SlotAsync(user);
        var ada = await world.ContactAsync(user, "Ada No-Gives");
        var cy = await world.ContactAsync(user, "Cy One-Give", gives: 1, lastGiveDaysAgo: 120);

        await world.RunJobAsync(user);
        await world.RunDeliveryJobsAsync();

        var message = Parse(Assert.Single(server.ReceivedEmail));
        var links = Regex.Matches(message.TextBody ?? "", @"https://valuefirst\.test/email-action/(\S+)")
            .Select(m => m.Groups[1].Value).ToList();
        var htmlLinks = Regex.Matches(message.HtmlBody ?? "", "href=\"https://valuefirst\\.test/email-action/([^\"]+)\"")
            .Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(6, links.Distinct().Count());
        Assert.Equal(links, htmlLinks);
        using (var scope = world.App.Services.CreateScope())
        {
            // Read back with the app's keys, at the reminder's time: one of each action per contact, for this user and week.
            var tickets = links.Select(l => scope.ServiceProvider.GetRequiredService<EmailActionTokens>().Read(l)).ToList();
            var week = System.Globalization.ISOWeek.GetWeekOfYear(world.Start.UtcDateTime);
            Assert.All(tickets, t => Assert.Equal((user, System.Globalization.ISOWeek.GetYear(world.Start.UtcDateTime), week), (t!.UserId, t.IsoYear, t.IsoWeek)));
            Assert.Equal(
                new[] { ada, cy }.SelectMany(c => Enum.GetValues<EmailAction>().Select(a => (c, a))).Order(),
                tickets.Select(t => (t!.ContactId, t.Action)).Order());
            Assert.All(tickets.Where(t => t!.Action == EmailAction.Done), t => Assert.NotNull(t!.GiveType));
        }

        var ics = Assert.Single(message.Attachments.OfType<MimePart>(), p => p.ContentType.IsMimeType("text", "calendar"));
        Assert.Equal("PUBLISH", ics.ContentType.Parameters["method"]);
        using var icsText = new MemoryStream();
        await ics.Content!.DecodeToAsync(icsText);
        var attached = Calendar.Load(System.Text.Encoding.UTF8.GetString(icsText.ToArray()))!;
        Assert.Equal("PUBLISH", attached.Method);
        var hour = Assert.Single(attached.Events);

        using var feedScope = world.App.Services.CreateScope();
        var feedToken = (await feedScope.ServiceProvider.GetRequiredService<ContentSettingsService>().GetAsync(user)).FeedToken;
        var feed = Calendar.Load(await world.App.CreateClient().GetStringAsync($"/calendar/{feedToken}.ics"))!;
        var recurring = Assert.Single(feed.Events, e => e.RecurrenceRule is not null);
        Assert.Equal(recurring.Uid, hour.Uid);
        Assert.Equal(recurring.Start, hour.Start);
        Assert.Equal(CalendarFeed.SlotUidFor(user), hour.Uid);
    }
}
