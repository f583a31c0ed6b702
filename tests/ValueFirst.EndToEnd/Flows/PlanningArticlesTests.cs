using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ValueFirst.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ValueFirst.EndToEnd.Flows;

/// <summary>Flow 2: a writer plans monthly articles from the drafts in the content folder.</summary>
public sealed partial class PlanningArticlesTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public Task Writer_accepts_the_suggested_month_sees_new_and_broken_files_live_and_previews_safely() => RunAsync(async () =>
    {
        // The app plans from today (UTC for a user without a time zone): published this month, the ready draft goes next.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var nextMonth = thisMonth.AddMonths(1);
        WriteDraft("published.md", $"""
            ---
            title: Why referrals beat cold outreach
            kind: article
            status: published
            date: {thisMonth:yyyy-MM-dd}
            ---

            Referrals come from **people who received value first**.

            <script>window.__pwned = true; document.title = 'pwned';</script>
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

        var page = await NewUserPageAsync();
        await RegisterAsync(page, "writer@example.com");
        await page.GotoAsync("calendar");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Content calendar" })).ToBeVisibleAsync();

        var thisMonthButton = MonthButton(page, thisMonth);
        var nextMonthButton = MonthButton(page, nextMonth);
        await Expect(thisMonthButton).ToContainTextAsync("own");
        await Expect(nextMonthButton).ToContainTextAsync("gap");

        // The next gap month carries the ready draft as a suggestion; accept it.
        var suggestion = page.Locator("li[data-path='ready.md']");
        await Expect(suggestion).ToContainTextAsync("suggested");
        await Expect(page.Locator("section", new() { Has = suggestion }).GetByRole(AriaRole.Heading))
            .ToContainTextAsync(nextMonth.ToString("MMMM yyyy", CultureInfo.InvariantCulture));
        await SnapshotAsync(page, "calendar");
        await suggestion.GetByRole(AriaRole.Button, new() { NameRegex = AcceptButton() }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Wrote date");
        var written = DateLine().Match(await File.ReadAllTextAsync(DraftPath("ready.md")));
        Assert.True(written.Success, "the accepted draft has no date key on disk");
        var date = DateOnly.ParseExact(written.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal((nextMonth.Year, nextMonth.Month), (date.Year, date.Month));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Wrote date {date:yyyy-MM-dd} into ready.md");
        await Expect(nextMonthButton).ToContainTextAsync("own");
        await Expect(suggestion).ToContainTextAsync("fixed");

        // Files added on disk show up without a reload: a new idea, and a broken file with its problem.
        WriteDraft("new-idea.md", """
            ---
            title: Three gives before an ask
            status: idea
            ---

            Notes.
            """);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Three gives before an ask" })).ToBeVisibleAsync();

        WriteDraft("broken.md", """
            ---
            title: Half written
            status: maybe
            ---
            """);
        var problems = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Problems in drafts" }) });
        await Expect(problems).ToContainTextAsync("broken.md:3");
        await Expect(problems).ToContainTextAsync("unknown status 'maybe'");
        await SnapshotAsync(page, "calendar-with-problem");

        // The preview renders the Markdown and shows the embedded script as text without running it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Why referrals beat cold outreach" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Why referrals beat cold outreach", Level = 1 })).ToBeVisibleAsync();
        await AssertSafePreviewAsync(page);
        await SnapshotAsync(page, "draft-preview");

        // Loaded directly (not through Blazor's enhanced navigation) it does not run either.
        await page.ReloadAsync();
        await AssertSafePreviewAsync(page);
    });

    private static async Task AssertSafePreviewAsync(IPage page)
    {
        var article = page.GetByRole(AriaRole.Article, new() { Name = "Draft preview" });
        await Expect(article.Locator("strong")).ToHaveTextAsync("people who received value first");
        await Expect(article).ToContainTextAsync("<script>window.__pwned = true;");
        Assert.False(await page.EvaluateAsync<bool>("() => window.__pwned === true"), "the draft's script ran");
        await Expect(page).ToHaveTitleAsync("Why referrals beat cold outreach · ValueFirst");
    }

    private static ILocator MonthButton(IPage page, DateOnly month) =>
        page.Locator($"button[data-month='{month:yyyy-MM}']");

    private string DraftPath(string name) => Path.Combine(Live.App.ContentFolder, name);

    private void WriteDraft(string name, string text) => File.WriteAllText(DraftPath(name), text + "\n");

    [GeneratedRegex(@"^Accept ")]
    private static partial Regex AcceptButton();

    [GeneratedRegex(@"^date: (\d{4}-\d{2}-\d{2})\s*$", RegexOptions.Multiline)]
    private static partial Regex DateLine();
}
