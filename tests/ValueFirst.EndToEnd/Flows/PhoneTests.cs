using Microsoft.Playwright;
using ValueFirst.EndToEnd.Infrastructure;
using ValueFirst.Testing.LinkedIn;
using static Microsoft.Playwright.Assertions;

namespace ValueFirst.EndToEnd.Flows;

/// <summary>
/// The three main flows on a 390 px phone: plan an article in the calendar, work through the connecting hour, read the
/// balance. Every page fits the width (nothing scrolls sideways), targets are finger-sized, the menu opens and closes,
/// and the balance rows are cards whose state and reason are on screen.
/// </summary>
public sealed class PhoneTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public Task Phone_user_plans_an_article_works_through_the_hour_and_reads_the_balance() => RunAsync(async () =>
    {
        File.WriteAllText(Path.Combine(Live.App.ContentFolder, "ready.md"), """
            ---
            title: One hour a week
            kind: article
            status: ready
            ---

            Block one hour every week.
            """);
        var page = await NewUserPageAsync(timeZone: "UTC", viewport: Phone.Size);
        await RegisterAsync(page, "phone@example.com");

        // The menu sits behind a toggle and closes once a section is chosen.
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(nav).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Menu" }).CheckAsync();
        await nav.GetByRole(AriaRole.Link, new() { Name = "Calendar" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Content calendar" })).ToBeVisibleAsync();
        await Expect(nav).ToBeHiddenAsync();

        // Calendar: the suggestion is accepted with a tap; the month list says how to see every month.
        var suggestion = page.Locator("li[data-path='ready.md']");
        await Expect(page.Locator("#month-list-hint")).ToContainTextAsync("Showing the next three months");
        await suggestion.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Accept ") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Wrote date");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show all 12 months" }).ClickAsync();
        await Expect(page.Locator("#month-list-hint")).ToContainTextAsync("Showing all 12 months");
        await AssertFitsThePhoneAsync(page, "calendar");

        // The connecting hour: import, slot, start, tick a give.
        await Steps.ImportConnectionsAsync(page, new ConnectionsExportBuilder()
            .WithPerson("Grace", "Hopper", url: "https://www.linkedin.com/in/grace-hopper", company: "Navy", connectedOn: "09 Dec 2024")
            .WithPerson("Ada", "Lovelace", url: "https://www.linkedin.com/in/ada-lovelace", company: "Analytical", connectedOn: "10 Dec 2024"));
        await AssertFitsThePhoneAsync(page, "contacts");
        await Steps.SaveWeeklySlotAsync(page, "Thursday", "09:30", 45);
        await AssertFitsThePhoneAsync(page, "settings");
        await page.GotoAsync("session");
        var start = page.GetByRole(AriaRole.Button, new() { Name = "Start now" });
        await Expect(start).ToBeEnabledAsync();
        await start.ClickAsync();
        // Grace's give, by name: the order of first gives is the ranking's business, not this test's.
        var give = Steps.Section(page, "Give value").GetByRole(AriaRole.Checkbox, new() { Name = "Grace Hopper (Navy)" });
        await give.CheckAsync();
        await Expect(page.Locator("#session-progress")).ToContainTextAsync("1 of");
        // The reason reads under the item, as wide as the item's text, not squeezed into a column beside it.
        var item = Steps.Section(page, "Give value").GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Grace Hopper" });
        var label = (await item.Locator("label").BoundingBoxAsync())!;
        var reason = (await item.Locator(".session-reason").BoundingBoxAsync())!;
        Assert.True(reason.Y >= label.Y + label.Height - 1, $"the reason starts at {reason.Y}px, beside the label ending at {label.Y + label.Height}px");
        Assert.True(reason.Width >= label.Width - 1, $"the reason is {reason.Width}px wide, the label {label.Width}px");
        await AssertFitsThePhoneAsync(page, "session");

        // The balance: each contact a card, its state and reason readable without scrolling sideways.
        await Steps.OpenContactAsync(page, "Ada Lovelace");
        await Steps.Section(page, "Give/ask ledger").GetByRole(AriaRole.Button, new() { Name = "+ Congratulated" }).ClickAsync();
        await Expect(Steps.Section(page, "Give/ask ledger")).ToContainTextAsync("1 give · 0 asks");
        await AssertFitsThePhoneAsync(page, "contact");
        await page.GotoAsync("balance");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 of 2 contacts");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ada Lovelace" });
        var badge = row.Locator(".badge");
        await Expect(badge).ToBeInViewportAsync();
        var box = (await badge.BoundingBoxAsync())!;
        Assert.True(box.X + box.Width <= Phone.Size.Width, $"the state badge ends at {box.X + box.Width}px, past the phone's width");
        var rowBox = (await row.BoundingBoxAsync())!;
        Assert.True(rowBox.Width <= Phone.Size.Width, $"a balance card is {rowBox.Width}px wide");
        await AssertFitsThePhoneAsync(page, "balance");
    });

    private static async Task AssertFitsThePhoneAsync(IPage page, string name)
    {
        await PageChecks.ReadyAsync(page);
        Assert.Equal(0, await PageChecks.SidewaysOverflowAsync(page));
        Assert.Empty(await PageChecks.SmallTouchTargetsAsync(page));
        await SnapshotAsync(page, $"phone-flow-{name}");
    }
}
