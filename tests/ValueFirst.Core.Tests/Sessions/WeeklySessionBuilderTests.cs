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
    public void Sections_come_in_priority_order_vet_give_follow_up_reach_out_ask_publish()
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
            [SessionSection.VetInvitations, SessionSection.GiveValue, SessionSection.FollowUp, SessionSection.ReachOut, SessionSection.EarnedAsks, SessionSection.PublishOrShare],
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
    public void Every_section_with_candidates_gets_an_item_before_any_section_gets_a_second()
    {
        // 20 minutes: vet 2 + give 5 + reach out 5 = 12 in the first round, then one more give (17); the third does not fit.
        var target = Contact("Tara Target");
        var plan = new SessionInputsBuilder().Lasting(20).Giving(4).Targets(target).Pending(Contact("Pat Pending")).Plan();

        Assert.Equal(
            [SessionSection.VetInvitations, SessionSection.GiveValue, SessionSection.GiveValue, SessionSection.ReachOut],
            plan.Items.Select(i => i.Section));
        Assert.Contains(plan.Items, i => i.ContactId == target.Id);
        Assert.Equal(17, plan.PlannedMinutes);
    }

    [Fact]
    public void Many_candidates_in_one_section_do_not_crowd_out_the_others()
    {
        var plan = new SessionInputsBuilder().Giving(30).Pending(Contact()).FollowUps(Contact(followUpOn: Today)).Targets(Contact()).Plan();

        Assert.Equal(
            new[] { SessionSection.VetInvitations, SessionSection.GiveValue, SessionSection.FollowUp, SessionSection.ReachOut },
            plan.Items.Select(i => i.Section).Distinct());
        Assert.Equal(SessionCaps.Default.Give, plan.Items.Count(i => i.Section == SessionSection.GiveValue));
    }

    [Fact]
    public void Each_sections_cap_is_a_setting()
    {
        var plan = new SessionInputsBuilder().Giving(10).WithCaps(new SessionCaps(Give: 2)).Plan();

        Assert.Equal(2, plan.Items.Count);
        Assert.All(plan.NotFitted, i => Assert.Equal(SessionSection.GiveValue, i.Section));
    }

    [Fact]
    public void A_section_that_no_longer_fits_leaves_its_minutes_to_shorter_items_of_other_sections()
    {
        // 12 minutes: vet 2, give 5 and follow up 3 fit; the 10-minute publish item does not.
        var plan = new SessionInputsBuilder()
            .Lasting(12)
            .Pending(Contact())
            .Giving(1)
            .FollowUps(Contact(followUpOn: Today))
            .WithContent(ContentItemBuilder.Article().On(2026, 3, 25))
            .Plan();

        Assert.Equal([SessionSection.VetInvitations, SessionSection.GiveValue, SessionSection.FollowUp], plan.Items.Select(i => i.Section));
        Assert.Equal(SessionSection.PublishOrShare, Assert.Single(plan.NotFitted).Section);
        Assert.Equal(10, plan.PlannedMinutes);
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
        Assert.Equal(InteractionType.SentMyArticle, give.Interaction);
        Assert.Contains(article.Title, give.Suggestion);
        Assert.Contains("they are into saas", give.Suggestion);
    }

    [Fact]
    public void Without_a_matching_article_a_give_suggests_an_introduction_to_a_connected_contact_sharing_a_tag()
    {
        var entry = Entry("Ada", tags: ["fintech", "ai"]);
        var weak = Contact("Bob One-Tag", tags: ["ai"], fit: 90);
        var strong = Contact("Cleo Two-Tags", tags: ["fintech", "ai"], fit: 10);
        var self = new SessionContact(entry.ContactId, "Ada", null, ["fintech", "ai"], 100);

        var give = Assert.Single(new SessionInputsBuilder().Giving(entry).Connected(self, weak, strong, Contact(tags: ["golf"])).Plan().Items);

        Assert.Equal("Introduce them to Cleo Two-Tags: both are into fintech, ai", give.Suggestion);
        Assert.Equal(InteractionType.MadeIntroduction, give.Interaction);
    }

    [Fact]
    public void Without_an_article_or_an_introduction_a_give_suggests_help_anyone_can_use()
    {
        var give = Assert.Single(new SessionInputsBuilder().Giving(Entry(tags: ["quantum"])).Connected(Contact(tags: ["golf"])).Plan().Items);

        Assert.Equal(InteractionType.HelpedWithQuestion, give.Interaction);
        Assert.StartsWith("Ask what they are working on", give.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void No_kind_of_give_takes_more_than_a_third_of_the_gives_when_others_are_possible()
    {
        var article = ContentItemBuilder.Article().Tagged("saas").WithStatus(ContentStatus.Published).On(2026, 1, 10).Build();
        var entries = Enumerable.Range(0, 6).Select(_ => Entry(tags: ["saas"])).ToArray();

        var gives = new SessionInputsBuilder().WithContent(article).Giving(entries).Plan().Items;

        Assert.Equal(6, gives.Count);
        Assert.All(gives.GroupBy(g => g.Interaction), kind => Assert.True(kind.Count() <= 2, $"{kind.Key}: {kind.Count()} of 6"));
        Assert.Equal(2, gives.Count(g => g.Interaction == InteractionType.SentMyArticle));
    }

    [Fact]
    public void A_contact_in_a_new_role_is_congratulated_first()
    {
        var entry = Entry("Mei Chen") with { Position = "VP Sales", Company = "Acme", RoleChangedOn = Today.AddDays(-20) };

        var give = Assert.Single(new SessionInputsBuilder().Giving(entry).Plan().Items);

        Assert.Equal(InteractionType.Congratulated, give.Interaction);
        Assert.Equal("Congratulate them on their new role as VP Sales at Acme", give.Suggestion);
    }

    [Fact]
    public void A_role_change_long_ago_is_no_reason_to_congratulate()
    {
        var entry = Entry("Mei Chen") with { Position = "VP Sales", RoleChangedOn = Today.AddDays(-200) };

        Assert.NotEqual(InteractionType.Congratulated, Assert.Single(new SessionInputsBuilder().Giving(entry).Plan().Items).Interaction);
    }

    [Fact]
    public void Every_item_says_why_this_one_this_week()
    {
        var plan = new SessionInputsBuilder()
            .WithContent(ContentItemBuilder.Article().On(2026, 3, 26))
            .Asking(Entry(state: AskState.AskEarned) with { Reason = "3 of 3 gives ✓ · connected 2 months ago ✓" })
            .FollowUps(Contact(followUpOn: Today))
            .Targets(Contact(fit: 80))
            .Pending(Contact())
            .Giving(Entry() with { Why = "first give: no give recorded yet, a prospect" })
            .Plan();

        Assert.All(plan.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Reason), $"{i.Section} has no reason"));
        Assert.Equal("First give: no give recorded yet, a prospect.", plan.Items.Single(i => i.Section == SessionSection.GiveValue).Reason);
        Assert.Equal("3 of 3 gives ✓ · connected 2 months ago ✓", plan.Items.Single(i => i.Section == SessionSection.EarnedAsks).Reason);
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

    // The invitation now ends the warm-up (talk to them first): a target you know personally is invited at once.
    [Fact]
    public void A_reach_out_requires_a_personal_note()
    {
        var item = Assert.Single(new SessionInputsBuilder()
            .Targets(Contact(headline: "Helping SaaS founders sell", signals: VettingSignals.KnowPersonally)).Plan().Items);

        Assert.True(item.RequiresNote);
        Assert.Contains("Helping SaaS founders sell", item.Suggestion);
    }

    [Fact]
    public void A_target_the_rules_would_not_invite_is_not_suggested_and_no_target_is_held_for_a_missing_note()
    {
        var spammer = Contact("Spam", signals: VettingSignals.SolicitorOrSpammer);
        var thin = Contact("Thin", connections: 20);
        var plain = Contact("Plain", connections: 800);

        var reachOuts = new SessionInputsBuilder().Targets(spammer, thin, plain).Plan().Items.Where(i => i.Section == SessionSection.ReachOut);

        Assert.Equal(["Plain"], reachOuts.Select(i => i.Title));
    }

    [Fact]
    public void Follow_ups_due_by_the_end_of_the_week_are_included_later_ones_are_not()
    {
        var overdue = Contact("Overdue", followUpOn: new DateOnly(2026, 3, 2));
        var sunday = Contact("Sunday", followUpOn: new DateOnly(2026, 3, 29));
        var nextWeek = Contact("Next week", followUpOn: new DateOnly(2026, 3, 30));

        var items = new SessionInputsBuilder().FollowUps(nextWeek, sunday, overdue).Plan().Items;

        Assert.Equal(["Overdue", "Sunday"], items.Select(i => i.Title));
        Assert.Contains("overdue since Mon 2 Mar", items[0].Reason);
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
