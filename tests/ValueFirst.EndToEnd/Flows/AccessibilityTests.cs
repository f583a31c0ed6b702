using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ValueFirst.EndToEnd.Infrastructure;
using ValueFirst.Testing.LinkedIn;
using static Microsoft.Playwright.Assertions;

namespace ValueFirst.EndToEnd.Flows;

/// <summary>
/// Every main page, as a visitor, as a new user with nothing yet and as a user with data, at desktop and phone width:
/// axe finds no serious or critical violation, every form control has a label, and a phone never scrolls sideways;
/// the pages with data are checked in the dark theme too.
/// One app and one browser session for all of them; a screenshot of each page at each width when
/// VALUEFIRST_E2E_SCREENSHOTS is set.
/// </summary>
public sealed partial class AccessibilityTests(BrowserFixture browser) : BrowserTest(browser)
{
    private static readonly (string Name, string Path)[] SignedInPages =
    [
        ("home", ""),
        ("calendar", "calendar"),
        ("session", "session"),
        ("contacts", "contacts"),
        ("vetting", "contacts/vetting"),
        ("balance", "balance"),
        ("review", "review"),
        ("settings", "settings"),
        ("account", "Account/Manage"),
    ];

    private readonly List<string> problems = [];

    [Fact]
    public Task Every_main_page_has_no_serious_axe_violation_at_desktop_and_phone_width() => RunAsync(async () =>
    {
        var visitor = await NewUserPageAsync(bypassCsp: true);
        await CheckAsync(visitor, "landing", "");
        await CheckAsync(visitor, "sign-in", "Account/Login");
        await CheckAsync(visitor, "register", "Account/Register");

        var page = await NewUserPageAsync(timeZone: "UTC", bypassCsp: true);
        await RegisterAsync(page, "axe@example.com");
        foreach (var (name, path) in SignedInPages)
        {
            await CheckAsync(page, name + "-empty", path);
        }

        await AddDataAsync(page);
        var ada = await ContactPathAsync(page, "Ada Lovelace");
        foreach (var (name, path) in SignedInPages.Append(("contact", ada)).Append(("contact-edit", ada + "/edit")).Append(("draft-preview", "calendar/draft?path=ready.md")))
        {
            await CheckAsync(page, name, path, alsoDark: true);
        }

        Assert.True(problems.Count == 0, "Accessibility problems:\n" + string.Join("\n", problems));
    });

    /// <summary>
    /// Opens a page once, then checks it at both widths (the layout follows the window; no reload needed) and, with
    /// <paramref name="alsoDark"/>, in the dark theme a system asking for one gets.
    /// </summary>
    private async Task CheckAsync(IPage page, string name, string path, bool alsoDark = false)
    {
        await page.SetViewportSizeAsync(Desktop.Size.Width, Desktop.Size.Height);
        await page.GotoAsync(path);
        await PageChecks.ReadyAsync(page);
        foreach (var (width, size) in new[] { Desktop, Phone })
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
            var where = $"{name} ({width}, /{path})";
            problems.AddRange((await PageChecks.SeriousAxeViolationsAsync(page)).Select(v => $"{where}: {v}"));
            problems.AddRange((await PageChecks.UnlabelledControlsAsync(page)).Select(c => $"{where}: no label: {c}"));
            if (size == Phone.Size)
            {
                var overflow = await PageChecks.SidewaysOverflowAsync(page);
                if (overflow > 0)
                {
                    problems.Add($"{where}: scrolls sideways by {overflow}px");
                }

                problems.AddRange((await PageChecks.SmallTouchTargetsAsync(page)).Select(t => $"{where}: small touch target: {t}"));
            }

            await SnapshotAsync(page, $"{name}-{width}");
        }

        if (alsoDark)
        {
            await page.SetViewportSizeAsync(Desktop.Size.Width, Desktop.Size.Height);
            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
            problems.AddRange((await PageChecks.SeriousAxeViolationsAsync(page)).Select(v => $"{name} (dark, /{path}): {v}"));
            await SnapshotAsync(page, $"{name}-dark");
            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        }
    }

    /// <summary>Drafts, contacts (one an invitation to vet), a weekly slot, a started hour and a logged give.</summary>
    private async Task AddDataAsync(IPage page)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var month = new DateOnly(today.Year, today.Month, 1);
        WriteDraft("published.md", $"""
            ---
            title: Why referrals beat cold outreach
            kind: article
            status: published
            date: {month:yyyy-MM-dd}
            tags: [referrals]
            ---

            Referrals come from **people who received value first**.
            """);
        WriteDraft("ready.md", """
            ---
            title: One hour a week
            kind: article
            status: ready
            tags: [habits]
            ---

            Block one hour every week.
            """);

        await Steps.ImportConnectionsAsync(page, new ConnectionsExportBuilder()
            .WithPerson("Grace", "Hopper", url: "https://www.linkedin.com/in/grace-hopper", company: "Navy", position: "Rear Admiral", connectedOn: "09 Dec 2024")
            .WithPerson("Alan", "Turing", url: "https://www.linkedin.com/in/alan-turing", company: "Bletchley, Ltd.", connectedOn: "23 Jun 2024")
            .WithPerson("Ada", "Lovelace", url: "https://www.linkedin.com/in/ada-lovelace", email: "ada@example.com", company: "Analytical", connectedOn: "10 Dec 2024"));

        await page.GotoAsync("contacts/new");
        var name = page.GetByLabel("Name (required)");
        await Expect(name).ToBeEnabledAsync();
        await name.FillAsync("Priya Invites");
        await page.GetByLabel("Connection state").SelectOptionAsync(new SelectOptionValue { Label = "Pending (they asked me)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Priya Invites", Level = 1 })).ToBeVisibleAsync();

        await Steps.SaveWeeklySlotAsync(page, "Wednesday", "10:00", 60);

        await page.GotoAsync("session");
        var start = page.GetByRole(AriaRole.Button, new() { Name = "Start now" });
        await Expect(start).ToBeEnabledAsync();
        await start.ClickAsync();
        await Expect(page.Locator("#session-progress")).ToContainTextAsync("of");

        await Steps.OpenContactAsync(page, "Ada Lovelace");
        var ledger = Steps.Section(page, "Give/ask ledger");
        await ledger.GetByRole(AriaRole.Button, new() { Name = "+ Shared their post" }).ClickAsync();
        await Expect(ledger.GetByRole(AriaRole.Status)).ToHaveTextAsync("Logged: Shared their post.");
    }

    private static async Task<string> ContactPathAsync(IPage page, string name)
    {
        await Steps.OpenContactAsync(page, name);
        await Expect(page).ToHaveURLAsync(ContactUrl());
        return new Uri(page.Url).AbsolutePath.TrimStart('/');
    }

    private void WriteDraft(string name, string text) => File.WriteAllText(Path.Combine(Live.App.ContentFolder, name), text + "\n");

    [GeneratedRegex(@"/contacts/\d+$")]
    private static partial Regex ContactUrl();
}
