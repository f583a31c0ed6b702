using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ValueFirst.Core.Contacts;
using ValueFirst.EndToEnd.Infrastructure;
using ValueFirst.Testing.LinkedIn;
using ValueFirst.Web.Features.Contacts;
using static Microsoft.Playwright.Assertions;

namespace ValueFirst.EndToEnd.Flows;

/// <summary>
/// The whole LinkedIn export in one upload: the invitation it brings is vetted with its note in view, a post from
/// months ago shows in the calendar's history, and the duplicate the import revealed is merged.
/// </summary>
public sealed class LinkedInExportTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public Task An_uploaded_export_is_vetted_posted_and_deduplicated_through_the_pages() => RunAsync(async () =>
    {
        var now = DateTime.UtcNow;
        var export = new LinkedInExportBuilder
        {
            Connections = new ConnectionsExportBuilder()
                .WithPerson("Ana", "Lima", "https://www.linkedin.com/in/ana-lima", "ana@example.com", "Acme", "CEO", "1 Mar 2024")
                .WithPeople(4),
            Invitations = new InvitationsExportBuilder()
                .Incoming("Ines Inviter", "https://www.linkedin.com/in/ines-inviter", now.AddDays(-3), "Hi! We met at the fintech meetup, let's keep in touch."),
            Messages = new MessagesExportBuilder()
                .Message("c-ana", "Ana Lima", "https://www.linkedin.com/in/ana-lima", fromThem: true, now.AddDays(-2), "Thanks for the intro!"),
            Shares = new SharesExportBuilder().Post(now.AddDays(-200), 1234, "What I learned from 100 sales calls\n\nA thread"),
        };
        var page = await NewUserPageAsync();
        await RegisterAsync(page, "export@example.com");
        await Live.App.WithDbAsync(async db =>
        {
            var owner = await db.Users.Where(u => u.Email == "export@example.com").Select(u => u.Id).SingleAsync();
            db.Add(new Contact
            {
                OwnerId = owner, Name = "Ana Lima", Company = "Acme", Email = "ana@example.com", Tags = "fintech", Notes = "Typed in after the meetup",
                ProfileUrl = "https://www.linkedin.com/in/ana-lima-old", CreatedUtc = now.AddDays(-30), UpdatedUtc = now.AddDays(-30),
            });
            return await db.SaveChangesAsync();
        });

        // One upload of the ZIP.
        var result = await Steps.UploadAsync(page, "Basic_LinkedInDataExport_11-27-2026.zip", "application/zip", export.BuildZip());
        await Expect(result).ToContainTextAsync("6 added");
        await Expect(result).ToContainTextAsync("1 invitations to you");
        await Expect(result).ToContainTextAsync("1 posts added to your content history");
        await SnapshotAsync(page, "import-export-result");

        // The invitation it brought waits to be vetted, its note in view and counted as a signal for.
        await page.GotoAsync("contacts/vetting");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ines Inviter" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("invitation-note")).ToContainTextAsync("We met at the fintech meetup");
        await Expect(page.Locator("#signal-PersonalNote")).ToBeCheckedAsync();
        var accept = page.GetByRole(AriaRole.Button, new() { Name = "Accept" });
        await Expect(accept).ToBeEnabledAsync();
        await accept.ClickAsync();
        await Expect(page.GetByText("No pending invitations left in this sitting")).ToBeVisibleAsync();

        // The post from months ago is in the calendar's history.
        await page.GotoAsync("calendar");
        var history = Steps.Section(page, "What you published (last 4 quarters)");
        await Expect(history).ToContainTextAsync("What I learned from 100 sales calls");
        await SnapshotAsync(page, "calendar-history");

        // The duplicate the import revealed is merged: one Ana, with the typed-in note and tag, the message moved.
        await page.GotoAsync("contacts/duplicates");
        var pair = page.GetByTestId("duplicate-pair").Filter(new() { HasText = "Ana Lima" });
        await Expect(pair).ToContainTextAsync("same email");
        await pair.GetByRole(AriaRole.Link, new() { Name = "Compare and merge" }).ClickAsync();
        var merge = page.GetByRole(AriaRole.Button, new() { Name = "Merge into Ana Lima" });
        await Expect(merge).ToBeEnabledAsync();
        await SnapshotAsync(page, "merge-side-by-side");
        await merge.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ana Lima", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("last-message")).ToContainTextAsync("they wrote last");

        var anas = await Live.App.WithDbAsync(db => db.Set<Contact>().Where(c => c.Name == "Ana Lima").ToListAsync());
        var ana = Assert.Single(anas);
        Assert.Equal(("fintech", "Typed in after the meetup"), (ana.Tags, ana.Notes));
        var ines = await Live.App.WithDbAsync(db => db.Set<Contact>().SingleAsync(c => c.Name == "Ines Inviter"));
        Assert.Equal(ConnectionState.Connected, ines.State);
    });
}
