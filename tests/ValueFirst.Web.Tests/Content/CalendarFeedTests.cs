using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Content;

public sealed class CalendarFeedTests : IDisposable
{
    private readonly TestApp app = new();

    private async Task<string> FeedPathForNewUserAsync(string email)
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, email);
        // The calendar page creates the user's content settings (and feed token) on first visit.
        (await client.GetAsync("/calendar")).EnsureSuccessStatusCode();
        var token = await app.WithDbAsync(db => db.Set<ContentSettings>().Select(s => s.FeedToken).SingleAsync());
        return $"/calendar/{token}.ics";
    }

    [Fact]
    public async Task Feed_is_valid_icalendar_with_one_all_day_event_per_dated_item_and_tentative_suggestions()
    {
        ContentFiles.Write(app.ContentFolder, "articles/dated.md", ContentFiles.Draft("title: Dated one", "status: ready", "date: 2030-03-12"));
        ContentFiles.Write(app.ContentFolder, "articles/undated.md", ContentFiles.Draft("title: Undated one", "status: draft"));
        var feed = await FeedPathForNewUserAsync("feed@example.com");

        var response = await app.CreateClient().GetAsync(feed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(2, calendar.Events.Count);
        var dated = calendar.Events.Single(e => e.Summary == "Dated one");
        Assert.False(dated.Start!.HasTime);
        Assert.Equal(new DateOnly(2030, 3, 12), dated.Start.Date);
        Assert.Equal("CONFIRMED", dated.Status);
        var suggested = calendar.Events.Single(e => e.Summary!.StartsWith("Undated one", StringComparison.Ordinal));
        Assert.Equal("TENTATIVE", suggested.Status);
        Assert.False(suggested.Start!.HasTime);
    }

    [Fact]
    public async Task Uids_are_stable_across_requests_and_derived_from_the_path()
    {
        ContentFiles.Write(app.ContentFolder, "a.md", ContentFiles.Draft("title: A", "date: 2030-01-08"));
        ContentFiles.Write(app.ContentFolder, "b.md", ContentFiles.Draft("title: B"));
        var feed = await FeedPathForNewUserAsync("uid@example.com");
        var client = app.CreateClient();

        var first = Calendar.Load(await client.GetStringAsync(feed))!.Events.Select(e => e.Uid).Order().ToList();
        var second = Calendar.Load(await client.GetStringAsync(feed))!.Events.Select(e => e.Uid).Order().ToList();

        Assert.Equal(2, first.Count);
        Assert.Equal(first, second);
        Assert.Equal(new[] { CalendarFeed.UidFor("a.md"), CalendarFeed.UidFor("b.md") }.Order(), first);
    }

    [Fact]
    public async Task Wrong_token_is_a_bare_404()
    {
        await FeedPathForNewUserAsync("wrong@example.com");

        var response = await app.CreateClient().GetAsync("/calendar/not-the-right-token-at-all-0123456789.ics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Regenerated_token_revokes_the_old_feed_url()
    {
        var feed = await FeedPathForNewUserAsync("regen@example.com");
        var userId = await app.WithDbAsync(db => db.Set<ContentSettings>().Select(s => s.UserId).SingleAsync());

        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ContentSettingsService>().RegenerateFeedTokenAsync(userId);

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(feed)).StatusCode);
    }

    [Fact]
    public async Task A_feed_asked_for_again_is_the_first_build_until_a_draft_or_the_weekly_slot_changes()
    {
        ContentFiles.Write(app.ContentFolder, "articles/dated.md", ContentFiles.Draft("title: Dated one", "status: ready", "date: 2030-03-12"));
        ContentFiles.Write(app.ContentFolder, "articles/undated.md", ContentFiles.Draft("title: Undated one", "status: draft"));
        var feed = await FeedPathForNewUserAsync("cached@example.com");
        var userId = await app.WithDbAsync(db => db.Set<ContentSettings>().Select(s => s.UserId).SingleAsync());
        using var scope = app.Services.CreateScope();
        var calendar = scope.ServiceProvider.GetRequiredService<ContentCalendar>();
        var feeds = app.Services.GetRequiredService<CalendarFeedCache>();
        async Task<string> BuildAsync(UserSlot? slot)
        {
            var plan = await calendar.BuildAsync(userId);
            return feeds.Build(plan.Snapshot, plan.Plan, slot);
        }

        UserSlot Slot(int minutes) => new(new WeeklySlot { UserId = userId, Day = DayOfWeek.Wednesday, StartTime = new TimeOnly(10, 0), DurationMinutes = minutes, UpdatedUtc = new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc) }, "Europe/Paris");

        var first = await BuildAsync(null);
        Assert.Same(first, await BuildAsync(null));

        // The slot is a new row object per request: equal values are the same feed, another duration is another.
        var hour = await BuildAsync(Slot(60));
        Assert.Contains("Weekly connecting hour", hour, StringComparison.Ordinal);
        Assert.Same(hour, await BuildAsync(Slot(60)));
        var longer = await BuildAsync(Slot(90));
        Assert.NotEqual(hour, longer);
        Assert.Contains("T113000", longer, StringComparison.Ordinal);

        // A new draft is a new snapshot; the feed the endpoint serves has it.
        ContentFiles.Write(app.ContentFolder, "articles/new.md", ContentFiles.Draft("title: Written since", "status: ready", "date: 2030-04-02"));
        await app.Services.GetRequiredService<ContentLibrary>().ReloadAsync(userId);
        Assert.Contains("SUMMARY:Written since", await app.CreateClient().GetStringAsync(feed), StringComparison.Ordinal);
    }

    public void Dispose() => app.Dispose();
}
