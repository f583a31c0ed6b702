using Microsoft.Playwright;
using ValueFirst.EndToEnd.Infrastructure;
using ValueFirst.Testing.LinkedIn;
using static Microsoft.Playwright.Assertions;

namespace ValueFirst.EndToEnd.Flows;

/// <summary>Flow 3: a consultant imports their LinkedIn connections, sets up the weekly connecting hour and works through it.</summary>
public sealed class ConnectingHourTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public Task Consultant_imports_connections_sets_the_slot_and_works_through_the_hour() => RunAsync(async () =>
    {
        var export = new ConnectionsExportBuilder()
            .WithPerson("Grace", "Hopper", url: "https://www.linkedin.com/in/grace-hopper", company: "Navy", position: "Rear Admiral", connectedOn: "09 Dec 2025")
            .WithPerson("José", "García", url: "https://www.linkedin.com/in/jose-garcia", email: "jose@example.com", company: "Acme, Inc.")
            .WithRawLine("Broken,Row")
            .WithPerson("Zoë", "Ødegård", url: "https://www.linkedin.com/in/zoe-odegard", company: "Fjord");
        var brokenLine = export.LineOf(2);

        var page = await NewUserPageAsync(timeZone: "Europe/Lisbon");
        await RegisterAsync(page, "consultant@example.com");
        await page.GotoAsync("contacts");
        await Expect(page.GetByText("You have no contacts yet")).ToBeVisibleAsync();
        var result = await Steps.ImportConnectionsAsync(page, export);
        await Expect(result).ToContainTextAsync("3 added, 0 updated, 0 unchanged, 1 skipped.");
        await Expect(result).ToContainTextAsync($"Connections.csv line {brokenLine}: The row has 2 values but the header has 7 columns.");
        var table = page.GetByRole(AriaRole.Table);
        await Expect(table.GetByRole(AriaRole.Link, new() { Name = "José García" })).ToBeVisibleAsync();
        await Expect(table.GetByRole(AriaRole.Link, new() { Name = "Zoë Ødegård" })).ToBeVisibleAsync();
        await Expect(table.Locator("caption")).ToContainTextAsync("3 contacts");
        // The import's result is above the list it filled, where the upload was.
        Assert.True((await result.BoundingBoxAsync())!.Y < (await table.BoundingBoxAsync())!.Y, "the import result is below the contacts list");
        await SnapshotAsync(page, "contacts");

        // The weekly connecting hour: a new slot starts in the browser's own time zone.
        await page.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Settings", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("No slot yet")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Time zone")).ToHaveValueAsync("Europe/Lisbon");
        await page.GetByLabel("Weekday", new() { Exact = true }).SelectOptionAsync("Thursday");
        await page.GetByLabel("Start time").FillAsync("09:30");
        await page.GetByLabel("Duration (minutes)").FillAsync("45");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save slot" }).ClickAsync();
        await Expect(Steps.Section(page, "Weekly connecting hour").GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        // Saving the slot makes the reminder settings available next to it, without a reload.
        await Expect(page.GetByLabel("Send me a reminder email each week")).ToBeCheckedAsync();
        await SnapshotAsync(page, "settings");

        await page.ReloadAsync();
        await Expect(page.GetByLabel("Weekday", new() { Exact = true })).ToHaveValueAsync("Thursday");
        await Expect(page.GetByLabel("Start time")).ToHaveValueAsync("09:30");
        await Expect(page.GetByLabel("Duration (minutes)")).ToHaveValueAsync("45");
        await Expect(page.GetByLabel("Time zone")).ToHaveValueAsync("Europe/Lisbon");

        // The hour itself: start it now, run the timer, tick a give.
        await page.GetByRole(AriaRole.Link, new() { Name = "Connecting hour", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Weekly connecting hour", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        var giveValue = Steps.Section(page, "Give value");
        var give = giveValue.GetByRole(AriaRole.Checkbox, new() { Name = "Grace Hopper (Navy)" });
        await Expect(give).Not.ToBeCheckedAsync();
        var timer = page.Locator("#session-timer");
        await Expect(timer).ToHaveTextAsync("00:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the timer" }).ClickAsync();
        // The timer's render lands first: a tick clicked while it was on its way was undone on screen (seen once in CI).
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Pause" })).ToBeVisibleAsync();
        await give.CheckAsync();
        await Expect(giveValue.GetByRole(AriaRole.Checkbox, new() { Name = "Grace Hopper (Navy)" })).ToBeCheckedAsync();
        await Expect(page.Locator("#session-progress")).ToContainTextAsync("1 of");
        await Expect(timer).Not.ToHaveTextAsync("00:00");
        await SnapshotAsync(page, "session");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Resume" })).ToBeVisibleAsync();

        // The tick went into the ledger: Grace has one give more.
        await giveValue.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Grace Hopper (Navy)" })
            .GetByRole(AriaRole.Link, new() { Name = "profile" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Grace Hopper", Level = 1 })).ToBeVisibleAsync();
        await Expect(Steps.Section(page, "Give/ask ledger")).ToContainTextAsync("1 give · 0 asks");
        // Three first gives, three kinds: Grace, connected longest ago, comes third and gets the third kind.
        await Expect(Steps.Section(page, "Give/ask ledger").Locator("ol li")).ToContainTextAsync("Commented thoughtfully");

        // An ask on a contact who has received nothing yet: the ledger warns before recording it.
        await Steps.OpenContactAsync(page, "José García");
        var ledger = Steps.Section(page, "Give/ask ledger");
        await ledger.GetByLabel("Direction").SelectOptionAsync(new SelectOptionValue { Label = "I asked" });
        await ledger.GetByLabel("What").SelectOptionAsync(new SelectOptionValue { Label = "Asked for a meeting" });
        await ledger.GetByRole(AriaRole.Button, new() { Name = "Log" }).ClickAsync();
        var warning = ledger.GetByRole(AriaRole.Alert);
        await Expect(warning).ToContainTextAsync("This ask is not earned yet (give first): 0 of 3 gives ✗ · connected today — the first ask opens on ");
        await SnapshotAsync(page, "ask-warning");
        await warning.GetByRole(AriaRole.Button, new() { Name = "Give first instead" }).ClickAsync();
        await Expect(warning).ToHaveCountAsync(0);
        await ledger.GetByRole(AriaRole.Button, new() { Name = "+ Sent a recommended article" }).ClickAsync();
        await Expect(ledger).ToContainTextAsync("1 give · 0 asks");
    });
}
