using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ValueFirst.Core.Content;
using ValueFirst.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ValueFirst.EndToEnd.Flows;

/// <summary>Flow 7: a writer fills a gap month with a draft written in the browser; another user never sees it.</summary>
public sealed partial class WritingDraftsTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Title = "Three gives before an ask";

    [Fact]
    public Task Writer_fills_a_gap_month_in_the_editor_and_the_draft_is_on_the_calendar_and_in_the_feed_but_not_anyone_elses() => RunAsync(async () =>
    {
        // A month ahead with nothing in it: the user has no time zone yet, so the app's today is UTC's.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var month = CalendarMonth.Of(today.AddMonths(2));
        var monthName = month.First.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        var suggested = CadencePlanner.SuggestedDateIn(month, today, DayOfWeek.Tuesday)!.Value;

        var alice = await NewUserPageAsync();
        await RegisterAsync(alice, "alice@example.com");
        await alice.GotoAsync("calendar");
        await Expect(alice.GetByRole(AriaRole.Heading, new() { Name = "No drafts yet" })).ToBeVisibleAsync();
        var monthButton = alice.Locator($"button[data-month='{month}']");
        await Expect(monthButton).ToContainTextAsync("gap");
        await monthButton.ClickAsync();
        await alice.GetByRole(AriaRole.Link, new() { Name = $"Write for {monthName}" }).ClickAsync();

        // The editor: an idea dated on the month's suggested day; the preview follows the text as it is typed.
        await Expect(alice.GetByRole(AriaRole.Heading, new() { Name = $"Write for {monthName}" })).ToBeVisibleAsync();
        var titleBox = alice.GetByLabel("Title", new() { Exact = true });
        await WaitInteractiveAsync(titleBox);
        await Expect(alice.GetByLabel("Date")).ToHaveValueAsync(suggested.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Expect(alice.GetByLabel("Status")).ToHaveValueAsync("Idea");
        await titleBox.FillAsync(Title);
        await alice.GetByLabel("Tags").FillAsync("referrals, giving");
        await alice.GetByLabel("Text (Markdown)").FillAsync("## Why three\n\nBecause **trust** compounds.\n\n<script>window.__pwned = true</script>");
        var preview = alice.GetByRole(AriaRole.Article, new() { Name = "Preview" });
        await Expect(preview.Locator("strong")).ToHaveTextAsync("trust");
        await Expect(preview.GetByRole(AriaRole.Heading, new() { Name = "Why three" })).ToBeVisibleAsync();
        await Expect(preview).ToContainTextAsync("<script>window.__pwned = true</script>");
        await SnapshotAsync(alice, "draft-editor");
        await alice.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();

        // Saved: the editor now edits the new file.
        await Expect(alice).ToHaveURLAsync(EditUrl());
        await Expect(alice.GetByRole(AriaRole.Heading, new() { Name = $"Edit “{Title}”" })).ToBeVisibleAsync();
        var path = Uri.UnescapeDataString(new Uri(alice.Url).Query.Split("path=")[1]);
        Assert.Equal("articles/three-gives-before-an-ask.md", path);
        Assert.False(await alice.EvaluateAsync<bool>("() => window.__pwned === true"), "the draft's script ran");

        // Text typed and not saved is kept by the browser and offered back after a reload.
        var body = alice.GetByLabel("Text (Markdown)");
        await WaitInteractiveAsync(body);
        await body.PressSequentiallyAsync(" A second thought.");
        await alice.ReloadAsync();
        await alice.GetByRole(AriaRole.Button, new() { Name = "Restore it" }).ClickAsync();
        await Expect(alice.GetByLabel("Text (Markdown)")).ToHaveValueAsync(new Regex("A second thought\\.$"));
        await alice.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(alice.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        Assert.EndsWith("A second thought.\n", await File.ReadAllTextAsync(Path.Combine(Live.App.ContentFolder, path)), StringComparison.Ordinal);

        // The post text for LinkedIn, copied to the clipboard.
        await alice.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = Live.BaseUrl });
        await alice.GetByRole(AriaRole.Link, new() { Name = "Post text" }).ClickAsync();
        var post = alice.GetByLabel("Post", new() { Exact = true });
        await Expect(post).ToHaveValueAsync(new Regex($"^{Title}\\n\\nIn the article:\\n→ Why three\\n\\n#referrals #giving$"));
        await alice.GetByRole(AriaRole.Button, new() { Name = "Copy the post" }).ClickAsync();
        await Expect(alice.GetByRole(AriaRole.Status)).ToHaveTextAsync("Copied.");
        Assert.Equal(await post.InputValueAsync(), await alice.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await SnapshotAsync(alice, "post-text");

        // The gap is filled on the calendar, and the draft is in the private iCalendar feed.
        await alice.GotoAsync("calendar");
        await Expect(monthButton).ToContainTextAsync("own");
        var item = alice.Locator($"li[data-path='{path}']");
        await Expect(item).ToContainTextAsync(Title);
        await Expect(item).ToContainTextAsync("idea");
        await Expect(item).ToContainTextAsync(suggested.ToString("ddd d MMM", CultureInfo.InvariantCulture));
        await SnapshotAsync(alice, "calendar-with-written-draft");
        var aliceFeed = await FeedAsync(alice);
        Assert.Contains($"SUMMARY:{Title}", aliceFeed, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;VALUE=DATE:{suggested:yyyyMMdd}", aliceFeed, StringComparison.Ordinal);

        // Bob has a calendar of his own: no trace of Alice's draft, in the pages, the feed or by its path.
        var bob = await NewUserPageAsync();
        await RegisterAsync(bob, "bob@example.com");
        await bob.GotoAsync("calendar");
        await Expect(bob.GetByRole(AriaRole.Heading, new() { Name = "No drafts yet" })).ToBeVisibleAsync();
        await Expect(bob.Locator($"button[data-month='{month}']")).ToContainTextAsync("gap");
        await Expect(bob.GetByText(Title)).ToHaveCountAsync(0);
        Assert.DoesNotContain(Title, await FeedAsync(bob), StringComparison.Ordinal);
        foreach (var page in new[] { "calendar/edit", "calendar/draft", "calendar/post" })
        {
            var response = await bob.GotoAsync($"{page}?path={Uri.EscapeDataString(path)}");
            Assert.Equal(404, response!.Status);
            await Expect(bob.GetByText(Title)).ToHaveCountAsync(0);
        }

        // A new user can start from the repository's sample drafts instead.
        await bob.GotoAsync("calendar");
        var addSamples = bob.GetByRole(AriaRole.Button, new() { Name = "Add the sample drafts" });
        await WaitInteractiveAsync(addSamples);
        await addSamples.ClickAsync();
        await Expect(bob.GetByRole(AriaRole.Status)).ToContainTextAsync("sample drafts");
        await Expect(bob.GetByRole(AriaRole.Link, new() { Name = "Give before you ask: the referral habit that compounds" }).First).ToBeVisibleAsync();
        await alice.GotoAsync("calendar");
        await Expect(alice.GetByRole(AriaRole.Link, new() { Name = "Give before you ask: the referral habit that compounds" })).ToHaveCountAsync(0);
    });

    [Fact]
    public Task A_draft_longer_than_a_default_circuit_message_can_be_typed_in_previewed_and_saved() => RunAsync(async () =>
    {
        // 40 KB of text: more than the 32 KB a Blazor circuit accepts in one message unless the app allows more.
        // Long paragraphs rather than many lines: Chromium fills a text area in time that grows with its line count.
        // The first account keeps the drafts at the content folder's root, so the file is this user's.
        var paragraphs = string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"Paragraph {i}: " + string.Concat(Enumerable.Repeat("a give comes before an ask. ", 36))));
        var full = Path.Combine(Live.App.ContentFolder, "long.md");
        await File.WriteAllTextAsync(full, $"---\ntitle: A long read\nstatus: draft\n---\n\n{paragraphs}\n");

        var page = await NewUserPageAsync();
        await RegisterAsync(page, "long@example.com");
        await page.GotoAsync("calendar/edit?path=long.md");
        var body = page.GetByLabel("Text (Markdown)");
        await WaitInteractiveAsync(body);
        await body.FillAsync(paragraphs + "\n\nThe **closing** line.");

        await Expect(page.GetByRole(AriaRole.Article, new() { Name = "Preview" }).Locator("strong")).ToHaveTextAsync("closing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        Assert.EndsWith("The **closing** line.\n", await File.ReadAllTextAsync(full), StringComparison.Ordinal);
    });

    // The user's private feed, by the URL Settings shows them.
    private static async Task<string> FeedAsync(IPage page)
    {
        await page.GotoAsync("settings");
        var url = await page.GetByLabel("Private calendar feed (iCalendar)").InputValueAsync();
        var response = await page.APIRequest.GetAsync(url);
        Assert.True(response.Ok, $"{url}: {response.Status}");
        return (await response.TextAsync()).Replace("\r\n ", "", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"/calendar/edit\?path=")]
    private static partial Regex EditUrl();
}
