using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using ValueFirst.Core.Contacts;
using ValueFirst.EndToEnd.Infrastructure;
using ValueFirst.Web.Features.Contacts;
using static Microsoft.Playwright.Assertions;

namespace ValueFirst.EndToEnd.Flows;

/// <summary>
/// The relationship path over five weekly hours, on a clock the flow moves on a week at a time: a target is followed,
/// touched twice and only then invited with a personal note; once connected, their three answers go on their page, and
/// the next hour suggests the introduction those answers call for.
/// </summary>
public sealed class RelationshipPathTests(BrowserFixture browser)
    : BrowserTest(browser, services: services => services.AddSingleton<TimeProvider>(Clock))
{
    // One flow in this class, so one clock; it starts at today's noon so cookies and keys are issued as usual.
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(12), TimeSpan.Zero));

    [Fact]
    public Task A_target_is_warmed_up_invited_then_introduced_from_what_they_want() => RunAsync(async () =>
    {
        var page = await NewUserPageAsync();
        await RegisterAsync(page, "pathfinder@example.com");
        var (tom, _) = await Live.App.WithDbAsync(async db =>
        {
            var owner = await db.Users.Where(u => u.Email == "pathfinder@example.com").Select(u => u.Id).SingleAsync();
            var now = Clock.GetUtcNow().UtcDateTime;
            var target = new Contact
            {
                OwnerId = owner, Name = "Tom Target", Company = "Solo Pricing", Headline = "Helping founders price", ConnectionCount = 800,
                State = ConnectionState.Target, CreatedUtc = now, UpdatedUtc = now,
            };
            var mei = new Contact
            {
                OwnerId = owner, Name = "Mei Chen", Company = "Nordlys", Position = "Founder", Tags = "nordics",
                State = ConnectionState.Connected, ConnectedOn = DateOnly.FromDateTime(now).AddYears(-2), CreatedUtc = now, UpdatedUtc = now,
            };
            db.AddRange(target, mei);
            await db.SaveChangesAsync();
            return (target.Id, mei.Id);
        });

        // Hour 1: follow first — an invitation as the first contact is a business card before hello.
        var reachOut = await StartHourAsync(page, "Reach out");
        var follow = reachOut.GetByRole(AriaRole.Checkbox, new() { Name = "Tom Target (Solo Pricing)" });
        await Expect(reachOut).ToContainTextAsync("Follow them and read what they post");
        await follow.CheckAsync();
        await Expect(follow).ToBeCheckedAsync();
        await Steps.OpenContactAsync(page, "Tom Target");
        var path = Steps.Section(page, "Relationship path");
        await Expect(path).ToContainTextAsync("Followed on");
        await Expect(page.Locator("#warm-up-next")).ToContainTextAsync("Touch 1 of 2: comment on one of their posts");
        await SnapshotAsync(page, "warm-up");

        // Hours 2 and 3: two touches, each logged as a give.
        foreach (var touch in new[] { "Touch 1 of 2: comment on one of their posts", "Touch 2 of 2: share one of their posts" })
        {
            Clock.Advance(TimeSpan.FromDays(7));
            reachOut = await StartHourAsync(page, "Reach out");
            await Expect(reachOut).ToContainTextAsync(touch);
            var box = reachOut.GetByRole(AriaRole.Checkbox, new() { Name = "Tom Target (Solo Pricing)" });
            await box.CheckAsync();
            await Expect(box).ToBeCheckedAsync();
        }

        // Hour 4: warmed up, so the invitation — with a note of the user's own.
        Clock.Advance(TimeSpan.FromDays(7));
        reachOut = await StartHourAsync(page, "Reach out");
        await Expect(reachOut).ToContainTextAsync("Send a personal invitation: mention what they do (“Helping founders price”)");
        await Expect(reachOut).ToContainTextAsync("Warmed up: followed and 2 touches.");
        var note = reachOut.GetByLabel("Your personal note (required)");
        await note.FillAsync("Your two posts on value pricing changed how I quote: I'd like to stay in touch.");
        await note.PressAsync("Tab");
        var invite = reachOut.GetByRole(AriaRole.Checkbox, new() { Name = "Tom Target (Solo Pricing)" });
        await invite.CheckAsync();
        await Expect(invite).ToBeCheckedAsync();
        await Expect(reachOut).ToContainTextAsync("Your two posts on value pricing changed how I quote");
        await SnapshotAsync(page, "invitation");

        // Tom accepts; the user asks the engagement program's three questions and notes the answers.
        await page.GotoAsync($"contacts/{tom}/edit");
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save" });
        await WaitInteractiveAsync(save);
        await page.GetByLabel("Connection state").SelectOptionAsync(new SelectOptionValue { Label = "Connected" });
        await page.GetByLabel("Who they want to meet").FillAsync("founders selling into the Nordics");
        await page.GetByLabel("Where they network").FillAsync("The Oslo SaaS breakfast");
        await page.GetByLabel("Their ideal clients and referral sources").FillAsync("B2B SaaS founders; fractional CFOs");
        await save.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tom Target", Level = 1 })).ToBeVisibleAsync();
        var answers = page.Locator("#contact-answers");
        await Expect(answers).ToContainTextAsync("founders selling into the Nordics");
        await Expect(answers).ToContainTextAsync("The Oslo SaaS breakfast");
        await Expect(page.Locator("#introduction-suggestion")).ToContainTextAsync("Introduce Tom Target to Mei Chen");

        // Hour 5: the introduction those answers call for, with both sides named and the reason.
        Clock.Advance(TimeSpan.FromDays(7));
        var gives = await StartHourAsync(page, "Give value");
        var introduction = gives.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Introduce Tom Target to Mei Chen" });
        await Expect(introduction).ToContainTextAsync("Tom wants to meet founders selling into the Nordics");
        await Expect(introduction.Locator(".session-reason")).ToContainTextAsync("Mei Chen matches founder, nordic (Founder at Nordlys; tags nordics).");
        await SnapshotAsync(page, "introduction");

        // The dashboard's year: the gives of these weeks, drawn without a script.
        await page.GotoAsync("");
        await Expect(page.Locator("#network-reached")).ToContainTextAsync("of your network had an interaction in the last 12 months");
        await Expect(page.Locator("svg.year-chart-svg")).ToBeVisibleAsync();
        await SnapshotAsync(page, "dashboard-year");
    });

    // Opens this week's hour, builds it and returns one of its sections.
    private static async Task<ILocator> StartHourAsync(IPage page, string section)
    {
        await page.GotoAsync("session");
        var start = page.GetByRole(AriaRole.Button, new() { Name = "Start now" });
        await WaitInteractiveAsync(start);
        await start.ClickAsync();
        var found = Steps.Section(page, section);
        await Expect(found).ToBeVisibleAsync();
        return found;
    }
}
