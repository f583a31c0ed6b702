using System.Globalization;
using System.Net;
using ValueFirst.Core.Content;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Content;

/// <summary>The editor, new-draft and post-text pages as first rendered on the server (the browser flows drive them live).</summary>
public sealed class EditorPagesTests : IAsyncLifetime
{
    private readonly TestApp app = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        ContentFiles.Write(app.ContentFolder, "articles/give.md", """
            ---
            title: Give before you ask
            status: ready
            tags: [referrals, thought-leadership]
            summary: Three gives before an ask.
            url: https://example.com/give
            x-series: habits
            ---

            ## Share their post

            <script>alert('draft')</script> and **bold**.
            """.ReplaceLineEndings("\n"));
        ContentFiles.Write(app.ContentFolder, "broken.md", ContentFiles.Draft("title: Broken", "status: finished"));
        client = await AccountSession.RegisterAndSignInAsync(app, "editor@example.com");
    }

    [Fact]
    public async Task Writing_for_a_month_starts_an_idea_dated_on_that_months_suggested_day()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var month = CalendarMonth.Of(today.AddMonths(3));
        var expected = CadencePlanner.SuggestedDateIn(month, today, DayOfWeek.Tuesday)!.Value;

        var html = await client.GetStringAsync($"/calendar/new?month={month}");

        Assert.Contains($"Write for {month.First.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{expected:yyyy-MM-dd}\"", html, StringComparison.Ordinal);
        Assert.Matches("<option value=\"Idea\" selected", html);
    }

    [Theory]
    [InlineData("/calendar/new", "New draft")]
    [InlineData("/calendar/new?month=not-a-month", "New draft")]
    [InlineData("/calendar/new?kind=share", "URL of the article you recommend")]
    public async Task The_new_draft_page_answers_for_any_month_or_kind(string path, string text)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(text, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editor_shows_the_front_matter_as_a_form_and_the_body_with_a_safe_preview()
    {
        var html = await client.GetStringAsync("/calendar/edit?path=articles%2Fgive.md");

        Assert.Contains("value=\"Give before you ask\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"referrals, thought-leadership\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"https://example.com/give\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert", html, StringComparison.Ordinal);
        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_with_errors_is_not_opened_in_the_form_and_says_what_to_fix()
    {
        var html = await client.GetStringAsync("/calendar/edit?path=broken.md");

        Assert.Contains("This draft cannot be edited here", html, StringComparison.Ordinal);
        Assert.Contains("unknown status", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_post_text_page_shows_the_post_its_count_and_the_copy_button()
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/calendar/post?path=articles%2Fgive.md"));

        Assert.Contains("Give before you ask\n\nThree gives before an ask.", html, StringComparison.Ordinal);
        Assert.Contains("→ Share their post", html, StringComparison.Ordinal);
        Assert.Contains("Read it here: https://example.com/give", html, StringComparison.Ordinal);
        Assert.Contains("#referrals #ThoughtLeadership", html, StringComparison.Ordinal);
        Assert.Matches(@"data-testid=""post-length"">\d+</span> of 3,000 characters", html);
        Assert.Contains("Copy the post", html, StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }
}
