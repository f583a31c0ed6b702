using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using Microsoft.Playwright;
using ValueFirst.EndToEnd.Infrastructure;
using ValueFirst.Testing.LinkedIn;
using static Microsoft.Playwright.Assertions;

namespace ValueFirst.EndToEnd.Flows;

/// <summary>Flow 4: gives logged until an ask is earned, then the balance page sorted, filtered and exported.</summary>
public sealed class GiveAskBalanceTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public Task Gives_earn_an_ask_and_the_balance_page_sorts_filters_and_exports_it() => RunAsync(async () =>
    {
        var page = await NewUserPageAsync(timeZone: "UTC");
        await RegisterAsync(page, "giver@example.com");
        // Connected long ago, so only the gives stand between them and an ask.
        await Steps.ImportConnectionsAsync(page, new ConnectionsExportBuilder()
            .WithPerson("Grace", "Hopper", url: "https://www.linkedin.com/in/grace-hopper", company: "Navy", connectedOn: "09 Dec 2024")
            .WithPerson("Alan", "Turing", url: "https://www.linkedin.com/in/alan-turing", company: "Bletchley, Ltd.", connectedOn: "23 Jun 2024")
            .WithPerson("Ada", "Lovelace", url: "https://www.linkedin.com/in/ada-lovelace", company: "Analytical", connectedOn: "10 Dec 2024"));

        // Readiness lowered for the test: two gives earn an ask.
        await page.GotoAsync("settings");
        var readiness = Steps.Section(page, "Give before you ask");
        await readiness.GetByLabel("Gives before an ask").FillAsync("2");
        await readiness.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(readiness.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");

        await Steps.OpenContactAsync(page, "Ada Lovelace");
        var ledger = Steps.Section(page, "Give/ask ledger");
        await Expect(ledger.Locator(".badge")).ToHaveTextAsync("Give first");
        await Expect(ledger).ToContainTextAsync("0 of 2 gives ✗");
        await ledger.GetByRole(AriaRole.Button, new() { Name = "+ Shared their post" }).ClickAsync();
        await Expect(ledger.GetByRole(AriaRole.Status)).ToHaveTextAsync("Logged: Shared their post.");
        await Expect(ledger).ToContainTextAsync("1 of 2 gives ✗");
        await Expect(ledger.Locator(".badge")).ToHaveTextAsync("Give first");
        await ledger.GetByRole(AriaRole.Button, new() { Name = "+ Commented thoughtfully" }).ClickAsync();
        await Expect(ledger.Locator(".badge")).ToHaveTextAsync("Ask earned");
        await Expect(ledger).ToContainTextAsync("2 gives · 0 asks");
        await SnapshotAsync(page, "contact-ledger");

        await Steps.OpenContactAsync(page, "Grace Hopper");
        await Steps.Section(page, "Give/ask ledger").GetByRole(AriaRole.Button, new() { Name = "+ Congratulated" }).ClickAsync();
        await Expect(Steps.Section(page, "Give/ask ledger")).ToContainTextAsync("1 of 2 gives ✗");

        // The balance page: everyone, then sorted by name, by lowest balance, and only the earned asks.
        await page.GotoAsync("balance");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("3 of 3 contacts");
        await SnapshotAsync(page, "balance");
        await ApplyAsync(page, ("Name", "Name"));
        await ExpectNamesAsync(page, "Ada Lovelace", "Alan Turing", "Grace Hopper");
        await ApplyAsync(page, ("Lowest balance", "Balance"));
        await ExpectNamesAsync(page, "Alan Turing", "Grace Hopper", "Ada Lovelace");
        await ApplyAsync(page, ("Name", "Name"), ("Ask earned", "AskEarned"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 of 3 contacts");
        await ExpectNamesAsync(page, "Ada Lovelace");
        await ApplyAsync(page, ("Name", "Name"), ("Give first", "GiveFirst"));
        await ExpectNamesAsync(page, "Alan Turing", "Grace Hopper");

        // The export is the whole ledger, whatever the filter on screen.
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Export contacts (CSV)" }).ClickAsync());
        Assert.Equal("valuefirst-contacts.csv", download.SuggestedFilename);
        var rows = ReadCsv(await download.PathAsync());
        Assert.Equal(["Ada Lovelace", "Alan Turing", "Grace Hopper"], rows.Select(r => r["Name"]));
        var ada = rows.Single(r => r["Name"] == "Ada Lovelace");
        Assert.Equal(("2", "0", "2", "Ask earned"), (ada["Gives"], ada["Asks"], ada["Balance"], ada["State"]));
        Assert.Equal("https://www.linkedin.com/in/ada-lovelace", ada["Profile URL"]);
        var alan = rows.Single(r => r["Name"] == "Alan Turing");
        Assert.Equal(("Bletchley, Ltd.", "0", "Give first"), (alan["Company"], alan["Gives"], alan["State"]));
        Assert.Equal("1", rows.Single(r => r["Name"] == "Grace Hopper")["Gives"]);
    });

    /// <summary>Chooses a sort (and a state filter) by their labels and applies them; waits for the page they load.</summary>
    private static async Task ApplyAsync(IPage page, (string Label, string Value) sort, (string Label, string Value)? state = null)
    {
        await page.GetByLabel("State").SelectOptionAsync(new SelectOptionValue { Label = state?.Label ?? "All states" });
        await page.GetByLabel("Sort by").SelectOptionAsync(new SelectOptionValue { Label = sort.Label });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"state={Regex.Escape(state?.Value ?? "")}&.*sort={Regex.Escape(sort.Value)}$"));
    }

    // Retries until the table shows exactly these names in this order: the page may still be swapping in.
    private static Task ExpectNamesAsync(IPage page, params string[] names) =>
        Expect(page.GetByRole(AriaRole.Table).Locator("tbody tr td:first-child a")).ToHaveTextAsync(names);

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? ""));
        }

        return rows;
    }
}
