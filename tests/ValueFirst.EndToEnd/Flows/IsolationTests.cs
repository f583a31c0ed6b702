using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ValueFirst.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ValueFirst.EndToEnd.Flows;

/// <summary>Flow 6: one user's contacts are invisible to another, exactly like ids that do not exist.</summary>
public sealed partial class IsolationTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public Task Another_user_opening_a_contact_url_sees_not_found() => RunAsync(async () =>
    {
        var alice = await NewUserPageAsync();
        await RegisterAsync(alice, "alice@example.com");
        await alice.GotoAsync("contacts/new");
        await alice.GetByLabel("Name (required)").FillAsync("Ada Lovelace");
        await alice.GetByLabel("Company").FillAsync("Analytical Engines");
        await alice.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        // Blazor navigates in place (history API, no load event): poll the address rather than wait for a navigation.
        await Expect(alice).ToHaveURLAsync(ContactUrl());
        await Expect(alice.GetByRole(AriaRole.Heading, new() { Name = "Ada Lovelace", Level = 1 })).ToBeVisibleAsync();
        var contactPath = new Uri(alice.Url).AbsolutePath.TrimStart('/');
        await SnapshotAsync(alice, "contact-detail");

        var bob = await NewUserPageAsync();
        await RegisterAsync(bob, "bob@example.com");
        foreach (var path in new[] { contactPath, contactPath + "/edit" })
        {
            var response = await bob.GotoAsync(path);
            Assert.Equal(404, response!.Status);
            await Expect(bob.GetByRole(AriaRole.Heading, new() { Name = "Not Found" })).ToBeVisibleAsync();
            await Expect(bob.GetByText("Ada Lovelace")).ToHaveCountAsync(0);
        }

        await bob.GotoAsync("contacts");
        await Expect(bob.GetByText("You have no contacts yet")).ToBeVisibleAsync();

        // The owner still sees it: the 404 is about who asks, not about the contact.
        await alice.ReloadAsync();
        await Expect(alice.GetByRole(AriaRole.Heading, new() { Name = "Ada Lovelace", Level = 1 })).ToBeVisibleAsync();
    });

    [GeneratedRegex(@"/contacts/\d+$")]
    private static partial Regex ContactUrl();
}
