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

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GotoAsync("");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("Account/Login"));

        var stranger = await NewUserPageAsync();
        await stranger.GotoAsync("");
        await Expect(stranger).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("Account/Login"));
        await Expect(stranger.GetByRole(AriaRole.Heading, new() { Name = "Give before you ask" })).Not.ToBeVisibleAsync();
    });
}
