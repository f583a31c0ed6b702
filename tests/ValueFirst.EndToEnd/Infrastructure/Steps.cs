using Microsoft.Playwright;
using ValueFirst.Testing.LinkedIn;
using static Microsoft.Playwright.Assertions;

namespace ValueFirst.EndToEnd.Infrastructure;

/// <summary>Steps several flows share, done through the UI as a user would.</summary>
public static class Steps
{
    /// <summary>Uploads LinkedIn's Connections.csv on the contacts page and returns the result box once it shows.</summary>
    public static Task<ILocator> ImportConnectionsAsync(IPage page, ConnectionsExportBuilder export) =>
        UploadAsync(page, "Connections.csv", "text/csv", export.BuildBytes());

    /// <summary>Uploads a file (export ZIP, one of its CSV files, a .vcf) on the contacts page and returns the result box once it shows.</summary>
    public static async Task<ILocator> UploadAsync(IPage page, string name, string mimeType, byte[] bytes)
    {
        await page.GotoAsync("contacts");
        var upload = page.GetByLabel("Export ZIP, CSV or .vcf file");
        // The upload input is disabled until the circuit is interactive and its JavaScript listens for a file (one chosen
        // before would be lost; seen once in CI on a loaded machine).
        await Expect(upload).ToBeEnabledAsync();
        await upload.SetInputFilesAsync(new FilePayload { Name = name, MimeType = mimeType, Buffer = bytes });
        var result = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "added" });
        // An import reads, matches and writes every row in one transaction: on a busy machine that takes longer than a click.
        await Expect(result).ToBeVisibleAsync(new() { Timeout = 60_000 });
        return result;
    }

    /// <summary>Opens a contact's page from the contacts list and waits for its heading.</summary>
    public static async Task OpenContactAsync(IPage page, string name)
    {
        await page.GotoAsync("contacts");
        // The list is usable once the circuit is live (its search box is enabled then): a link clicked while the
        // prerendered page hands over to the circuit can be dropped by Blazor, seen once in CI.
        await Expect(page.GetByLabel("Search", new() { Exact = true })).ToBeEnabledAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Saves the weekly connecting hour in Settings; the time zone stays what the form suggests unless given.</summary>
    public static async Task SaveWeeklySlotAsync(IPage page, string weekday, string start, int durationMinutes, string? timeZone = null)
    {
        await page.GotoAsync("settings");
        await page.GetByLabel("Weekday", new() { Exact = true }).SelectOptionAsync(weekday);
        await page.GetByLabel("Start time").FillAsync(start);
        await page.GetByLabel("Duration (minutes)").FillAsync(durationMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (timeZone is not null)
        {
            await page.GetByLabel("Time zone").FillAsync(timeZone);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save slot" }).ClickAsync();
        await Expect(Section(page, "Weekly connecting hour").GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
    }

    /// <summary>A settings section (or any section) by its heading.</summary>
    public static ILocator Section(IPage page, string heading) =>
        page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true }) });
}
