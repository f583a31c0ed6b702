using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ValueFirst.Core.Contacts;
using ValueFirst.EndToEnd.Infrastructure;
using ValueFirst.Testing.LinkedIn;
using ValueFirst.Web.Features.Contacts;
using static Microsoft.Playwright.Assertions;

namespace ValueFirst.EndToEnd.Flows;

/// <summary>
/// Day one on a real network: a decade of LinkedIn connections imported, one invitation waiting. The dashboard,
/// the balance page, a contact and the first connecting hour give advice that holds: nobody connected is held for
/// vetting, nobody is "overdue by years", a few first gives of different kinds, the invitation vetted first.
/// </summary>
public sealed class RealNetworkAdviceTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public Task A_fresh_import_of_a_decade_of_connections_gets_advice_a_person_can_follow() => RunAsync(async () =>
    {
        var export = new ConnectionsExportBuilder().WithPeople(49);
        var page = await NewUserPageAsync(timeZone: "Europe/Berlin");
        await RegisterAsync(page, "decade@example.com");
        await page.GotoAsync("contacts");
        var result = await Steps.ImportConnectionsAsync(page, export);
        await Expect(result).ToContainTextAsync("49 added");
        await Live.App.WithDbAsync(async db =>
        {
            var owner = await db.Users.Where(u => u.Email == "decade@example.com").Select(u => u.Id).SingleAsync();
            db.Add(new Contact { OwnerId = owner, Name = "Ines Invites", State = ConnectionState.Pending, CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        // The dashboard: a few first gives, nobody overdue.
        await page.GotoAsync("");
        var health = page.Locator(".card").Filter(new() { HasText = "Give/ask health" });
        await Expect(health.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "first give" })).ToHaveCountAsync(3);
        await Expect(health).Not.ToContainTextAsync("overdue");
        await SnapshotAsync(page, "dashboard-after-import");

        // The balance page: never-given contacts wait for a first give; no "overdue by thousands of days".
        await page.GotoAsync("balance");
        var table = page.GetByRole(AriaRole.Table);
        await Expect(table).ToContainTextAsync("no give recorded yet");
        await Expect(table).Not.ToContainTextAsync("overdue by");
        await Expect(table).Not.ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d{3,} days"));

        // A connection is not vetted; the invitation is.
        await page.GotoAsync("contacts");
        var someone = page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link).Filter(new() { HasNotText = "Ines" }).First;
        var name = await someone.InnerTextAsync();
        await Steps.OpenContactAsync(page, name);
        await Expect(Steps.Section(page, "Vetting")).ToContainTextAsync("No vetting needed: you are connected.");
        await Expect(Steps.Section(page, "Vetting")).Not.ToContainTextAsync("Hold");

        // The first hour: the waiting invitation first, three first gives of three kinds, each with its reason.
        await page.GotoAsync("session");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await Expect(Steps.Section(page, "Vet invitations")).ToContainTextAsync("Ines Invites");
        var gives = Steps.Section(page, "Give value").GetByRole(AriaRole.Listitem);
        await Expect(gives).ToHaveCountAsync(3);
        var suggestions = new HashSet<string>();
        foreach (var give in await gives.AllAsync())
        {
            var text = await give.Locator("label").InnerTextAsync();
            suggestions.Add(text[(text.IndexOf('—', StringComparison.Ordinal) + 1)..text.LastIndexOf('(')].Trim());
            await Expect(give.Locator(".session-reason")).ToContainTextAsync("First give: no give recorded yet");
        }

        Assert.Equal(3, suggestions.Count);
        await SnapshotAsync(page, "session-after-import");
    });
}
