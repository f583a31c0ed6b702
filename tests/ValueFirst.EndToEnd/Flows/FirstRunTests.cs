using Microsoft.Playwright;
using ValueFirst.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ValueFirst.EndToEnd.Flows;

public sealed class FirstRunTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public Task Newcomer_registers_sees_the_dashboard_signs_out_and_a_stranger_is_refused() => RunAsync(async () =>
    {
        var page = await NewUserPageAsync();

        await RegisterAsync(page, "newcomer@example.com");
        await page.GotoAsync("");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Give before you ask" })).ToBeVisibleAsync();
        // The stylesheet loaded: Blazor's error banner stays hidden.
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Calendar", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Connecting hour", Exact = true })).ToBeVisibleAsync();
        await SnapshotAsync(page, "home-empty");

        // Signing out leads to the public front page; the pages behind it ask for a sign-in again.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Grow your network by giving first" })).ToBeVisibleAsync();
        await page.GotoAsync("contacts");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("Account/Login"));

        var stranger = await NewUserPageAsync();
        await stranger.GotoAsync("");
        await Expect(stranger.GetByRole(AriaRole.Heading, new() { Name = "Grow your network by giving first" })).ToBeVisibleAsync();
        await Expect(stranger.GetByRole(AriaRole.Heading, new() { Name = "Give before you ask" })).ToHaveCountAsync(0);
        await stranger.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).First.ClickAsync();
        await Expect(stranger.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
    });
}
