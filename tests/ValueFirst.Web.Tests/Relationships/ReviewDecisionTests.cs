using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Relationships;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Relationships;
using ValueFirst.Web.Features.Reminders;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Relationships;

/// <summary>The review that lets go: who is listed, and what continue, change approach, suspend and resume do.</summary>
public sealed class ReviewDecisionTests : IDisposable
{
    private readonly PathWorld world = new();

    private Task<ReviewList> ListAsync(string user) => world.WithAsync<RelationshipReviews, ReviewList>(r => r.ListAsync(user));

    private Task<bool> DecideAsync(string user, int contact, ReviewDecision decision, string? note = null) =>
        world.WithAsync<RelationshipReviews, bool>(r => r.DecideAsync(user, contact, decision, note));

    private async Task<int> OneWayAsync(string user, string name, params int[] givesDaysAgo)
    {
        var id = await world.ContactAsync(user, name);
        await world.InteractionsAsync(user, id, InteractionDirection.Give, givesDaysAgo);
        return id;
    }

    [Fact]
    public async Task Only_months_of_gives_with_nothing_back_are_listed_with_the_reason()
    {
        var user = await world.UserAsync();
        var olga = await OneWayAsync(user, "Olga One-Way", 200, 150, 100, 60, 20);
        await OneWayAsync(user, "Four Gives", 200, 150, 100, 60);
        await OneWayAsync(user, "Recent Start", 170, 150, 100, 60, 20);
        var thanked = await OneWayAsync(user, "Gave Back", 200, 150, 100, 60, 20);
        await world.InteractionsAsync(user, thanked, InteractionDirection.Received, 30);
        var target = await world.ContactAsync(user, "Tina Target", ConnectionState.Target);
        await world.InteractionsAsync(user, target, InteractionDirection.Give, 200, 150, 100, 60, 20);

        var list = await ListAsync(user);

        var candidate = Assert.Single(list.Candidates);
        Assert.Equal(olga, candidate.Effort.ContactId);
        Assert.Equal("5 gives since 5 Sep 2025 (6 months), nothing received", candidate.Reason);
        Assert.True(list.Due);
    }

    [Fact]
    public async Task Suspending_takes_the_contact_out_of_the_give_first_list_the_hour_and_the_email_until_resumed()
    {
        var user = await world.UserAsync();
        var olga = await OneWayAsync(user, "Olga One-Way", 400, 300, 250, 200, 190);

        Assert.True(await DecideAsync(user, olga, ReviewDecision.Suspend, "No reply in a year."));

        var contact = await world.FindAsync(olga);
        Assert.Equal((ConnectionState.Suspended, ReviewDecision.Suspend, "No reply in a year.", (DateOnly?)world.Today),
            (contact.State, contact.ReviewDecision, contact.ReviewNote, contact.ReviewedOn));
        var paused = await world.WithAsync<LedgerRankings, RankedContacts>(r => r.GetListsAsync(user, 50, 2));
        Assert.DoesNotContain(paused.GiveFirst.Concat(paused.EarnedAsks), e => e.ContactId == olga);
        Assert.DoesNotContain((await world.WithAsync<ReminderGatherer, Core.Reminders.ReminderInputs>(g => g.GatherAsync(user, CancellationToken.None))).GiveFirst,
            e => e.ContactId == olga);
        Assert.DoesNotContain((await world.BuildAsync(user)).Items, i => i.ContactId == olga);
        var list = await ListAsync(user);
        Assert.Empty(list.Candidates);
        Assert.Equal(olga, Assert.Single(list.Suspended).ContactId);

        Assert.True(await world.WithAsync<RelationshipReviews, bool>(r => r.ResumeAsync(user, olga)));

        Assert.Equal(ConnectionState.Connected, (await world.FindAsync(olga)).State);
        // Five gives, connected for more than a year: back as an earned ask.
        Assert.Contains((await world.WithAsync<LedgerRankings, RankedContacts>(r => r.GetListsAsync(user, 50, 2))).EarnedAsks, e => e.ContactId == olga);
        Assert.Empty((await ListAsync(user)).Suspended);
    }

    [Fact]
    public async Task Continuing_keeps_the_contact_and_asks_again_after_the_revisit_days()
    {
        var user = await world.UserAsync();
        var olga = await OneWayAsync(user, "Olga One-Way", 300, 250, 200, 190, 185);

        Assert.True(await DecideAsync(user, olga, ReviewDecision.Continue));

        Assert.Equal(ConnectionState.Connected, (await world.FindAsync(olga)).State);
        var after = await ListAsync(user);
        Assert.Empty(after.Candidates);
        Assert.False(after.Due);
        Assert.Equal(world.Today, after.LastReviewOn);

        world.Clock.Advance(TimeSpan.FromDays(89));
        Assert.Empty((await ListAsync(user)).Candidates);
        world.Clock.Advance(TimeSpan.FromDays(1));
        var again = Assert.Single((await ListAsync(user)).Candidates);
        Assert.EndsWith("; you chose to continue on 24 Mar", again.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_approach_keeps_the_note_of_what_changes()
    {
        var user = await world.UserAsync();
        var olga = await OneWayAsync(user, "Olga One-Way", 300, 250, 200, 190, 185);

        Assert.True(await DecideAsync(user, olga, ReviewDecision.ChangeApproach, "Meet in person at the next SaaStock instead of posts."));

        var contact = await world.FindAsync(olga);
        Assert.Equal((ConnectionState.Connected, ReviewDecision.ChangeApproach, "Meet in person at the next SaaStock instead of posts."),
            (contact.State, contact.ReviewDecision, contact.ReviewNote));
    }

    [Fact]
    public async Task Only_connected_contacts_can_be_reviewed_and_only_suspended_ones_resumed()
    {
        var user = await world.UserAsync();
        var target = await world.ContactAsync(user, "Tina Target", ConnectionState.Target);
        var connected = await world.ContactAsync(user, "Cora Connected");

        Assert.False(await DecideAsync(user, target, ReviewDecision.Suspend));
        Assert.False(await world.WithAsync<RelationshipReviews, bool>(r => r.ResumeAsync(user, connected)));
        Assert.Equal(ConnectionState.Target, (await world.FindAsync(target)).State);
        Assert.Null((await world.WithAsync<RelationshipSettingsStore, RelationshipSettings>(s => s.GetAsync(user))).LastReviewOn);
    }

    [Fact]
    public async Task The_review_page_lists_the_relationship_and_a_bad_threshold_stops_the_app_naming_the_key()
    {
        var client = await AccountSession.RegisterAndSignInAsync(world.App, "reviewer@example.com");
        var user = await world.App.WithDbAsync(db => db.Users.Where(u => u.Email == "reviewer@example.com").Select(u => u.Id).SingleAsync());
        await OneWayAsync(user, "Olga One-Way", 300, 250, 200, 190, 185);

        var newcomer = await AccountSession.RegisterAndSignInAsync(world.App, "nothing-to-review@example.com");

        var html = await client.GetStringAsync("/review");
        var empty = System.Net.WebUtility.HtmlDecode(await newcomer.GetStringAsync("/review"));

        Assert.Contains("Olga One-Way", html, StringComparison.Ordinal);
        Assert.Contains("5 gives since", html, StringComparison.Ordinal);
        Assert.Contains(">Suspend</button>", html, StringComparison.Ordinal);
        Assert.Contains("This quarter's review is due.", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        // Nothing to decide: no "review is due" above "Nothing to review".
        Assert.Contains("Nothing to review", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("review is due", empty, StringComparison.Ordinal);

        using var bad = new TestApp(settings: new Dictionary<string, string?> { ["Review:MinGives"] = "0" });
        var error = Assert.ThrowsAny<Exception>(() => bad.Services.GetRequiredService<IOptions<ReviewOptions>>().Value);
        Assert.Contains("Review:MinGives", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hours_and_the_dashboards_count_of_waiting_reviews_is_the_lists_count_at_the_days_edges_in_the_users_zone()
    {
        // Auckland is 13 hours ahead on 24 March 2026: "today" there is the 25th. Six months back is 25 September 2025,
        // whose last minute there is 11:59 UTC on the same day; a minute later is already the 26th in Auckland.
        var user = await world.UserAsync();
        await world.App.WithDbAsync(db =>
        {
            db.Add(new UserSettings { UserId = user, TimeZoneId = "Pacific/Auckland" });
            return db.SaveChangesAsync();
        });
        var edge = new DateTime(2025, 9, 25, 11, 59, 0, DateTimeKind.Utc);
        var lastDay = await GivesFromAsync(user, "Last Day", edge);
        await GivesFromAsync(user, "Next Day", edge.AddMinutes(2));
        var reviewedLongEnoughAgo = await GivesFromAsync(user, "Reviewed 90 Days Ago", edge.AddDays(-30));
        var reviewedRecently = await GivesFromAsync(user, "Reviewed 89 Days Ago", edge.AddDays(-30));
        var today = new DateOnly(2026, 3, 25);
        await ReviewedOnAsync(reviewedLongEnoughAgo, today.AddDays(-90));
        await ReviewedOnAsync(reviewedRecently, today.AddDays(-89));

        var list = await ListAsync(user);
        var count = await world.WithAsync<RelationshipReviews, int>(r => r.CountWaitingAsync(user));
        var dashboard = await world.WithAsync<RelationshipPipeline, PipelineView>(p => p.GetAsync(user));

        Assert.Equal([lastDay, reviewedLongEnoughAgo], list.Candidates.Select(c => c.Effort.ContactId).Order());
        Assert.Equal(list.Candidates.Count, count);
        Assert.Equal((list.Candidates.Count, list.Due), (dashboard.ReviewWaiting, dashboard.ReviewDue));
    }

    // Five gives, the first at firstUtc and the others a month apart after it.
    private async Task<int> GivesFromAsync(string user, string name, DateTime firstUtc)
    {
        var id = await world.ContactAsync(user, name);
        await world.App.WithDbAsync(db =>
        {
            db.AddRange(Enumerable.Range(0, 5).Select(n => new Interaction
            {
                OwnerId = user,
                ContactId = id,
                OccurredUtc = firstUtc.AddDays(30 * n),
                Direction = InteractionDirection.Give,
                Type = InteractionTypes.Of(InteractionDirection.Give)[0],
                Channel = InteractionChannel.LinkedIn,
            }));
            return db.SaveChangesAsync();
        });
        return id;
    }

    private Task ReviewedOnAsync(int contactId, DateOnly on) =>
        world.App.WithDbAsync(db => db.Set<ValueFirst.Web.Features.Contacts.Contact>().Where(c => c.Id == contactId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ReviewedOn, on).SetProperty(c => c.ReviewDecision, ReviewDecision.Continue)));

    public void Dispose() => world.Dispose();
}
