using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ValueFirst.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static ValueFirst.EndToEnd.Infrastructure.KeyboardOnly;

namespace ValueFirst.EndToEnd.Flows;

/// <summary>
/// The give/ask flow with the keyboard alone: register, lower the gives an ask needs, add a contact, log gives until the
/// ask is earned, record it, sort the balance and sign out. Every step is Tab, typing, Enter, Space or an arrow key.
/// </summary>
public sealed class KeyboardOnlyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public Task Keyboard_user_registers_adds_a_contact_earns_an_ask_sorts_the_balance_and_signs_out() => RunAsync(async () =>
    {
        var page = await NewUserPageAsync(timeZone: "UTC");

        await page.GotoAsync("Account/Register");
        await TabAndTypeAsync(page, page.GetByLabel("Email"), "keys@example.com");
        await TabAndTypeAsync(page, page.GetByLabel("Password", new() { Exact = true }), Password);
        await TabAndTypeAsync(page, page.GetByLabel("Confirm password"), Password);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Give before you ask", Level = 1 })).ToBeVisibleAsync();

        // Settings: two gives earn an ask.
        await TabAndPressAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Settings", Exact = true }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Settings", Level = 1 })).ToBeVisibleAsync();
        var readiness = Steps.Section(page, "Give before you ask");
        await TabToAsync(page, readiness.GetByLabel("Gives before an ask"));
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("2");
        await TabAndPressAsync(page, readiness.GetByRole(AriaRole.Button, new() { Name = "Save" }));
        await Expect(readiness.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");

        // A contact added by hand, connected long ago.
        await TabAndPressAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Contacts", Exact = true }));
        await Expect(page.GetByLabel("Search", new() { Exact = true })).ToBeEnabledAsync();
        await TabAndPressAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Add contact" }));
        await TabAndTypeAsync(page, page.GetByLabel("Name (required)"), "Ada Lovelace");
        await TabAndTypeAsync(page, page.GetByLabel("Company"), "Analytical Engines");
        await TabAndTypeAsync(page, page.GetByLabel("Connected on"), "01152024");
        await TabAndPressAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Save" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ada Lovelace", Level = 1 })).ToBeVisibleAsync();

        // Two gives with Enter and Space; the contact's last interaction follows at once.
        var ledger = Steps.Section(page, "Give/ask ledger");
        await Expect(page.Locator("#last-interaction")).ToHaveTextAsync("None recorded yet");
        await TabAndPressAsync(page, ledger.GetByRole(AriaRole.Button, new() { Name = "+ Shared their post" }));
        await Expect(ledger.GetByRole(AriaRole.Status)).ToHaveTextAsync("Logged: Shared their post.");
        await Expect(page.Locator("#last-interaction")).Not.ToHaveTextAsync("None recorded yet");
        await TabAndPressAsync(page, ledger.GetByRole(AriaRole.Button, new() { Name = "+ Commented thoughtfully" }), "Space");
        await Expect(ledger.Locator(".badge")).ToHaveTextAsync("Ask earned");

        // The earned ask, through the form: direction with an arrow key, then Log.
        await TabToAsync(page, ledger.GetByLabel("Direction"));
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(ledger.GetByLabel("Direction")).ToHaveValueAsync("Ask");
        await TabAndPressAsync(page, ledger.GetByRole(AriaRole.Button, new() { Name = "Log", Exact = true }));
        await Expect(ledger).ToContainTextAsync("2 gives · 1 ask");

        // The balance, sorted by name with type-ahead in the list.
        await TabAndPressAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Give/ask balance", Exact = true }));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 of 1 contact");
        await TabToAsync(page, page.GetByLabel("Sort by"));
        await page.Keyboard.TypeAsync("Name");
        await TabAndPressAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Apply" }));
        await Expect(page).ToHaveURLAsync(new Regex("sort=Name"));
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Ada Lovelace");

        await TabAndPressAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Grow your network by giving first" })).ToBeVisibleAsync();
    });
}
