using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Features.Content;
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

    public void Dispose() => app.Dispose();
}
