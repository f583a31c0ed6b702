using ValueFirst.Core.Contacts;
using ValueFirst.Core.Content;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Sessions;
using ValueFirst.Core.Tests.Content;
using static ValueFirst.Core.Tests.Sessions.SessionInputsBuilder;

namespace ValueFirst.Core.Tests.Sessions;

public sealed class WeeklySessionBuilderTests
{
    [Fact]
    public void Sections_come_in_priority_order_give_vet_reach_out_follow_up_ask_publish()
    {
        var plan = new SessionInputsBuilder()
            .WithContent(ContentItemBuilder.Article().On(2026, 3, 26))
            .Asking(Entry(state: AskState.AskEarned))
            .FollowUps(Contact(followUpOn: Today))
            .Targets(Contact())
            .Pending(Contact())
            .Giving(Entry())
            .Plan();

        Assert.Equal(
            [SessionSection.GiveValue, SessionSection.VetInvitations, SessionSection.ReachOut, SessionSection.FollowUp, SessionSection.EarnedAsks, SessionSection.PublishOrShare],
            plan.Items.Select(i => i.Section));
        Assert.Empty(plan.NotFitted);
    }

    [Fact]
    public void Estimated_minutes_never_exceed_the_duration_and_the_rest_is_reported_as_not_fitted()
    {
        var plan = new SessionInputsBuilder().Lasting(30).Giving(8).Plan();

        Assert.Equal(6, plan.Items.Count);
        Assert.Equal(30, plan.PlannedMinutes);
        Assert.Equal(2, plan.NotFitted.Count);
        Assert.All(plan.NotFitted, i => Assert.Equal(SessionSection.GiveValue, i.Section));
    }

    [Fact]
    public void Higher_priority_items_take_the_time_before_lower_ones()
    {
        var target = Contact("Tara Target");
        var plan = new SessionInputsBuilder().Lasting(20).Giving(4).Targets(target).Plan();

        Assert.All(plan.Items, i => Assert.Equal(SessionSection.GiveValue, i.Section));
        Assert.Equal(target.Id, Assert.Single(plan.NotFitted).ContactId);
    }

    [Fact]
    public void A_shorter_later_item_still_uses_minutes_a_longer_one_could_not()
    {
        // 60 = 11 gives (55) + 5 left: a 10-minute publish item does not fit, a 3-minute follow-up does.
        var plan = new SessionInputsBuilder()
            .Giving(11)
            .FollowUps(Contact(followUpOn: Today))
            .WithContent(ContentItemBuilder.Article().On(2026, 3, 25))
            .Plan();

        Assert.Contains(plan.Items, i => i.Section == SessionSection.FollowUp);
        Assert.Equal(SessionSection.PublishOrShare, Assert.Single(plan.NotFitted).Section);
        Assert.Equal(58, plan.PlannedMinutes);
    }

    [Fact]
    public void Estimates_come_from_the_settings_record()
    {
        var plan = new SessionInputsBuilder().Lasting(60).WithEstimates(new SessionEstimates(GiveMinutes: 20)).Giving(4).Plan();

        Assert.Equal(3, plan.Items.Count);
        Assert.All(plan.Items, i => Assert.Equal(20, i.EstimateMinutes));
    }

    [Fact]
    public void At_most_two_asks_a_week_and_only_earned_ones()
    {
        var plan = new SessionInputsBuilder()
            .Asking(Entry("Not earned", state: AskState.GiveFirst), Entry("One", state: AskState.AskEarned),
                Entry("Two", state: AskState.AskEarned), Entry("Three", state: AskState.AskEarned))
            .Plan();

        var asks = plan.Items.Concat(plan.NotFitted).Where(i => i.Section == SessionSection.EarnedAsks).ToList();
        Assert.Equal(["One", "Two"], asks.Select(a => a.Title));
    }

    [Fact]
    public void A_give_suggests_a_published_article_whose_tags_match_the_contact()
    {
        var article = ContentItemBuilder.Article().At("articles/pricing.md").Tagged("SaaS", "pricing").WithStatus(ContentStatus.Published).On(2026, 1, 10).Build();
        var draft = ContentItemBuilder.Article().Tagged("saas").WithStatus(ContentStatus.Draft).Build();
        var unrelated = ContentItemBuilder.Article().Tagged("gardening").WithStatus(ContentStatus.Published).Build();

        var give = Assert.Single(new SessionInputsBuilder().WithContent(draft, unrelated, article).Giving(Entry(tags: ["saas", "fintech"])).Plan().Items);

        Assert.Equal("articles/pricing.md", give.ContentPath);
        Assert.Contains(article.Title, give.Suggestion);
        Assert.Contains("matching tags: saas", give.Suggestion);
    }

    [Fact]
    public void Without_a_matching_article_a_give_suggests_an_introduction_to_a_connected_contact_sharing_a_tag()
    {
        var entry = Entry("Ada", tags: ["fintech", "ai"]);
        var weak = Contact("Bob One-Tag", tags: ["ai"], fit: 90);
        var strong = Contact("Cleo Two-Tags", tags: ["fintech", "ai"], fit: 10);
        var self = new SessionContact(entry.ContactId, "Ada", null, ["fintech", "ai"], 100);

        var give = Assert.Single(new SessionInputsBuilder().Giving(entry).Connected(self, weak, strong, Contact(tags: ["golf"])).Plan().Items);

        Assert.Equal("Introduce them to Cleo Two-Tags (matching tags: fintech, ai)", give.Suggestion);
    }

    [Fact]
    public void Without_an_article_or_an_introduction_a_give_suggests_commenting_on_their_latest_post()
    {
        var give = Assert.Single(new SessionInputsBuilder().Giving(Entry(tags: ["quantum"])).Connected(Contact(tags: ["golf"])).Plan().Items);

        Assert.Equal("Comment on their latest post", give.Suggestion);
    }

    [Fact]
    public void A_pending_invitation_carries_the_vetting_decision()
    {
        var spammer = Contact("Spam", signals: VettingSignals.SolicitorOrSpammer);
        var friend = Contact("Friend", signals: VettingSignals.KnowPersonally, connections: 500);

        var items = new SessionInputsBuilder().Pending(spammer, friend).Plan().Items;

        Assert.Equal(VettingOutcome.Decline, items.Single(i => i.ContactId == spammer.Id).Decision);
        Assert.Equal(VettingOutcome.Accept, items.Single(i => i.ContactId == friend.Id).Decision);
        Assert.StartsWith("Decline", items.Single(i => i.ContactId == spammer.Id).Suggestion);
    }

    [Fact]
    public void A_reach_out_requires_a_personal_note()
    {
        var item = Assert.Single(new SessionInputsBuilder().Targets(Contact(headline: "Helping SaaS founders sell")).Plan().Items);

        Assert.True(item.RequiresNote);
        Assert.Contains("Helping SaaS founders sell", item.Suggestion);
    }

    [Fact]
    public void Follow_ups_due_by_the_end_of_the_week_are_included_later_ones_are_not()
    {
        var overdue = Contact("Overdue", followUpOn: new DateOnly(2026, 3, 2));
        var sunday = Contact("Sunday", followUpOn: new DateOnly(2026, 3, 29));
        var nextWeek = Contact("Next week", followUpOn: new DateOnly(2026, 3, 30));

        var items = new SessionInputsBuilder().FollowUps(nextWeek, sunday, overdue).Plan().Items;

        Assert.Equal(["Overdue", "Sunday"], items.Select(i => i.Title));
        Assert.Contains("overdue since", items[0].Suggestion);
    }

    [Fact]
    public void Content_dated_in_the_sessions_week_becomes_publish_or_share_items()
    {
        var monday = ContentItemBuilder.Article().On(2026, 3, 23).Build();
        var share = ContentItemBuilder.Share().On(2026, 3, 29).Build();
        var lastWeek = ContentItemBuilder.Article().On(2026, 3, 22).Build();
        var nextWeek = ContentItemBuilder.Article().On(2026, 3, 30).Build();

        var items = new SessionInputsBuilder().WithContent(share, nextWeek, lastWeek, monday).Plan().Items;

        Assert.Equal([monday.Path, share.Path], items.Select(i => i.ContentPath));
        Assert.StartsWith("Publish it", items[0].Suggestion);
        Assert.StartsWith("Share it", items[1].Suggestion);
    }

    [Fact]
    public void An_empty_book_gives_the_first_week_checklist()
    {
        var plan = new SessionInputsBuilder().EmptyBook().Plan();

        Assert.True(plan.IsFirstWeek);
        Assert.Equal(["Import your LinkedIn connections", "Write your ideal-client profile", "Plan an article"], plan.Items.Select(i => i.Title));
        Assert.All(plan.Items, i => Assert.Equal(SessionSection.FirstWeek, i.Section));
        Assert.True(plan.PlannedMinutes <= 60);
    }

    [Fact]
    public void A_book_with_contacts_does_not_get_the_first_week_checklist()
    {
        var plan = new SessionInputsBuilder().Targets(Contact()).Plan();

        Assert.False(plan.IsFirstWeek);
    }
}
