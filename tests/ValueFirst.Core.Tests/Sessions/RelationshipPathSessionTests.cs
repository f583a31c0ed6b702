using ValueFirst.Core.Contacts;
using ValueFirst.Core.Content;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Relationships;
using ValueFirst.Core.Sessions;
using ValueFirst.Core.Tests.Content;
using static ValueFirst.Core.Tests.Sessions.SessionInputsBuilder;

namespace ValueFirst.Core.Tests.Sessions;

/// <summary>The relationship path in the weekly hour: warm-ups, introductions, the engagement program, the pipeline and the review.</summary>
public sealed class RelationshipPathSessionTests
{
    private static IntroductionCandidate Connected(string name, string? company = null, string[]? tags = null, string? position = null) =>
        new(NextId(), name, position, company, tags ?? []);

    // The introducer's readiness as the ledger would evaluate it: gives since the last ask, connected 200 days ago.
    private static Introducer Introducing(IntroductionCandidate contact, string shared, int givesSinceAsk)
    {
        var today = Today;
        var facts = new ContactLedgerFacts(givesSinceAsk, 0, 0, givesSinceAsk > 0 ? new DateTime(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc) : null, null,
            givesSinceAsk, givesSinceAsk, 0, today.AddDays(-200));
        var now = new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        return new Introducer(contact, shared, AskReadiness.Evaluate(facts, ReadinessSettings.Default, now, TimeZoneInfo.Utc));
    }

    private static SessionContact Target(string name, string? company = null, string[]? tags = null, int fit = 50) =>
        new(NextId(), name, company, tags ?? [], fit);

    private static WarmUpFacts Facts(SessionContact target, DateOnly? followed = null, int touches = 0, PipelineRole role = PipelineRole.Peer) =>
        new(target.Id, role, followed, touches);

    [Fact]
    public void Each_target_gets_its_next_warm_up_step_one_a_week()
    {
        var stranger = Target("Sam Stranger");
        var followed = Target("Fay Followed");
        var warm = Target("Wes Warm");

        var items = new SessionInputsBuilder()
            .Targets(stranger, followed, warm)
            .WithPath(p => p with { WarmUps = [Facts(followed, Today.AddDays(-7), touches: 1), Facts(warm, Today.AddDays(-21), touches: 2)] })
            .Plan().Items.Where(i => i.Section == SessionSection.ReachOut).ToList();

        Assert.Equal([PathStep.Follow, PathStep.Engage, PathStep.Invite], items.Select(i => i.Step));
        Assert.Equal([stranger.Id, followed.Id, warm.Id], items.Select(i => i.ContactId));
        var touch = items[1];
        Assert.Equal(InteractionType.SharedTheirPost, touch.Interaction);
        Assert.StartsWith("Touch 2 of 2", touch.Suggestion, StringComparison.Ordinal);
        Assert.Equal((false, true), (items[0].RequiresNote, items[2].RequiresNote));
        Assert.All(items, i => Assert.False(string.IsNullOrWhiteSpace(i.Reason)));
    }

    [Fact]
    public void The_touch_count_comes_from_the_users_setting()
    {
        var target = Target("Tess Three");

        var item = Assert.Single(new SessionInputsBuilder()
            .Targets(target)
            .WithPath(p => p with { TouchesBeforeInvite = 3, WarmUps = [Facts(target, Today.AddDays(-20), touches: 2)] })
            .Plan().Items);

        Assert.Equal(PathStep.Engage, item.Step);
        Assert.StartsWith("Touch 3 of 3", item.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Warm_up_steps_keep_the_reach_out_cap_and_the_round_robin()
    {
        var targets = Enumerable.Range(0, 5).Select(i => Target($"T{i}")).ToArray();

        var hour = new SessionInputsBuilder().Targets(targets).Giving(2).Plan();
        // Ten minutes: one give and one warm-up step before a second give.
        var short10 = new SessionInputsBuilder().Lasting(10).Targets(targets).Giving(2).Plan();

        Assert.Equal(SessionCaps.Default.ReachOut, hour.Items.Count(i => i.Section == SessionSection.ReachOut));
        Assert.Equal([SessionSection.GiveValue, SessionSection.ReachOut], short10.Items.Select(i => i.Section));
    }

    [Fact]
    public void A_role_below_its_goal_adds_a_reach_out_to_its_best_target_first_and_says_so()
    {
        var peers = Enumerable.Range(0, 4).Select(i => Target($"Peer {i}", fit: 90 - i)).ToArray();
        var prospect = Target("Pia Prospect", fit: 10);
        var shortfall = new PipelineStatus(PipelineRole.Prospect, Goal: 10, Actual: 4);

        var reachOuts = new SessionInputsBuilder()
            .Targets([.. peers, prospect])
            .WithPath(p => p with { WarmUps = [Facts(prospect, role: PipelineRole.Prospect)], Shortfalls = [shortfall] })
            .Plan().Items.Where(i => i.Section == SessionSection.ReachOut).ToList();

        Assert.Equal(SessionCaps.Default.ReachOut + 1, reachOuts.Count);
        Assert.Equal(prospect.Id, reachOuts[0].ContactId);
        Assert.StartsWith("You nurture 4 prospects; your goal is 10.", reachOuts[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_shortfall_there_is_no_extra_reach_out()
    {
        var targets = Enumerable.Range(0, 5).Select(i => Target($"T{i}")).ToArray();

        var plan = new SessionInputsBuilder().Targets(targets).WithPath(p => p with { Shortfalls = [] }).Plan();

        Assert.Equal(SessionCaps.Default.ReachOut, plan.Items.Count(i => i.Section == SessionSection.ReachOut));
    }

    [Fact]
    public void A_role_below_its_goal_without_any_target_asks_for_one()
    {
        var item = Assert.Single(new SessionInputsBuilder()
            .Targets(Target("Peer"))
            .WithPath(p => p with { Shortfalls = [new PipelineStatus(PipelineRole.Resource, 3, 1)] })
            .Plan().Items, i => i.Step == PathStep.FindTarget);

        Assert.Equal(("Find a resource to reach", "contacts/new", null), (item.Title, item.Link, item.ContactId));
        Assert.Equal("You nurture 1 resource; your goal is 3.", item.Reason);
    }

    [Fact]
    public void Asking_an_introducer_is_an_ask_to_them_and_counts_towards_two_asks_a_week()
    {
        var target = Target("Tom Target", company: "Acme");
        var ira = Connected("Ira Insider", company: "Acme");
        var earned = new[] { Entry("Ira Insider", state: AskState.AskEarned) with { ContactId = ira.ContactId }, Entry("Ann Asked", state: AskState.AskEarned), Entry("Bo Asked", state: AskState.AskEarned) };

        var asks = new SessionInputsBuilder()
            .Targets(target)
            .Asking(earned)
            .WithPath(p => p with { Introducers = new Dictionary<int, Introducer> { [target.Id] = Introducing(ira, "both at Acme", givesSinceAsk: 3) } })
            .Plan().Items.Where(i => i.Section == SessionSection.EarnedAsks).ToList();

        Assert.Equal([ira.ContactId, earned[1].ContactId], asks.Select(a => a.ContactId));
        var ask = asks[0];
        Assert.Equal((PathStep.AskForIntroduction, InteractionType.AskedForIntroduction, (int?)target.Id), (ask.Step, ask.Interaction, ask.OtherContactId));
        Assert.Equal("Ask them to introduce you to Tom Target (Acme): say why you want to meet them", ask.Suggestion);
        Assert.Contains("They and Tom Target are both at Acme. 3 of 3 gives ✓", ask.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_introducer_whose_ask_is_not_earned_is_given_to_first_once_and_not_again_from_the_give_list()
    {
        var target = Target("Tom Target", tags: ["saas"]);
        var other = Target("Tina Too", tags: ["saas"]);
        var ira = Connected("Ira Insider", tags: ["saas"]);
        var introducer = Introducing(ira, "both into saas", givesSinceAsk: 1);

        var gives = new SessionInputsBuilder()
            .Targets(target, other)
            .Giving(Entry("Ira Insider") with { ContactId = ira.ContactId }, Entry("Gil Give"))
            .WithPath(p => p with { Introducers = new Dictionary<int, Introducer> { [target.Id] = introducer, [other.Id] = introducer } })
            .Plan().Items.Where(i => i.Section == SessionSection.GiveValue).ToList();

        var toIra = Assert.Single(gives, g => g.ContactId == ira.ContactId);
        Assert.Equal((PathStep.GiveToIntroducer, (int?)target.Id), (toIra.Step, toIra.OtherContactId));
        Assert.StartsWith("You want their introduction to Tom Target (both into saas): asking is an ask, so give first. 1 of 3 gives ✗", toIra.Reason, StringComparison.Ordinal);
        Assert.Equal(2, gives.Count);
    }

    [Fact]
    public void A_new_connection_is_welcomed_personally_as_a_give_and_not_given_to_twice()
    {
        var nina = new NewConnection(NextId(), "Nina New", "Fjord", Today.AddDays(-1), Hook: "what they do (“Helping fjord startups grow”)");

        var items = new SessionInputsBuilder()
            .Giving(Entry("Nina New") with { ContactId = nina.ContactId })
            .WithPath(p => p with { NewConnections = [nina] })
            .Plan().Items;

        var welcome = Assert.Single(items);
        Assert.Equal((SessionSection.Engage, PathStep.Welcome, InteractionType.Welcomed, true),
            (welcome.Section, welcome.Step, welcome.Interaction, welcome.RequiresNote));
        Assert.Equal("Welcome them personally: mention what they do (“Helping fjord startups grow”). Write it in your own words, no copied message.", welcome.Suggestion);
        Assert.Equal(InteractionDirection.Give, InteractionTypes.DirectionOf(welcome.Interaction!.Value));
    }

    [Theory]
    [InlineData(13, PathStep.LearnAnswers)]
    [InlineData(14, PathStep.InviteToChannel)]
    public void The_invitation_to_your_channels_waits_for_the_no_ask_window(int daysConnected, PathStep expected)
    {
        var nina = new NewConnection(NextId(), "Nina New", null, Today.AddDays(-daysConnected), WelcomedOn: Today.AddDays(-daysConnected),
            AnswersAskedOn: daysConnected >= 14 ? Today.AddDays(-3) : null);
        var engagement = EngagementSettings.Default with { ChannelDay = 7, Channels = [new ChannelLink("newsletter", "https://example.com/news")] };

        var item = Assert.Single(new SessionInputsBuilder().WithPath(p => p with { Engagement = engagement, NewConnections = [nina] }).Plan().Items);

        Assert.Equal(expected, item.Step);
        if (expected == PathStep.InviteToChannel)
        {
            Assert.Equal(("https://example.com/news", "Connected 14 days ago: 14 days after connecting: your setting says 7, but no request comes inside the 14-day no-ask window."),
                (item.Link, item.Reason));
        }
    }

    [Fact]
    public void An_introduction_from_what_a_contact_wants_comes_first_among_the_gives_with_both_sides_named()
    {
        var zoe = Connected("Zoë Ødegård", company: "Fjord");
        var mei = Connected("Mei Chen", company: "Nordlys", tags: ["nordics"], position: "Founder");

        var gives = new SessionInputsBuilder()
            .Giving(Entry("Gil Give"), Entry("Zoë Ødegård") with { ContactId = zoe.ContactId })
            .WithPath(p => p with { Candidates = [zoe, mei], Seekers = [new IntroductionSeeker(zoe.ContactId, zoe.Name, zoe.Company, "founders selling into the Nordics")] })
            .Plan().Items.Where(i => i.Section == SessionSection.GiveValue).ToList();

        var introduction = gives[0];
        Assert.Equal((PathStep.Introduce, InteractionType.MadeIntroduction, (int?)zoe.ContactId, (int?)mei.ContactId),
            (introduction.Step, introduction.Interaction, introduction.ContactId, introduction.OtherContactId));
        Assert.Equal("Introduce Zoë Ødegård to Mei Chen: Zoë wants to meet founders selling into the Nordics", introduction.Suggestion);
        Assert.Equal("Mei Chen matches founder, nordic (Founder at Nordlys; tags nordics).", introduction.Reason);
        Assert.Single(gives, g => g.ContactId == zoe.ContactId);
    }

    [Fact]
    public void An_introduction_already_made_is_not_suggested_again()
    {
        var zoe = Connected("Zoë Ødegård");
        var mei = Connected("Mei Chen", tags: ["nordics"], position: "Founder");

        var items = new SessionInputsBuilder()
            .WithPath(p => p with
            {
                Candidates = [zoe, mei],
                Seekers = [new IntroductionSeeker(zoe.ContactId, zoe.Name, null, "founders in the Nordics")],
                IntroductionsMade = [(zoe.ContactId, mei.ContactId)],
            })
            .Plan().Items;

        Assert.DoesNotContain(items, i => i.Step == PathStep.Introduce);
    }

    [Theory]
    [InlineData(true, 3, true)]
    [InlineData(false, 3, false)]
    [InlineData(true, 0, false)]
    public void The_review_is_in_the_hour_once_a_quarter_when_relationships_wait_for_it(bool due, int waiting, bool listed)
    {
        var items = new SessionInputsBuilder().Giving(1).WithPath(p => p with { ReviewDue = due, ReviewWaiting = waiting }).Plan().Items;

        var review = items.SingleOrDefault(i => i.Section == SessionSection.Review);
        Assert.Equal(listed, review is not null);
        if (review is not null)
        {
            Assert.Equal(("review", PathStep.Review), (review.Link, review.Step));
            Assert.StartsWith("3 relationships have had months of your gives and nothing back", review.Suggestion, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Path_sections_take_their_place_in_the_priority_order()
    {
        var nina = new NewConnection(NextId(), "Nina New", null, Today);
        var plan = new SessionInputsBuilder()
            .WithContent(ContentItemBuilder.Article().On(2026, 3, 26))
            .Asking(Entry(state: AskState.AskEarned))
            .FollowUps(Contact(followUpOn: Today))
            .Targets(Contact())
            .Pending(Contact())
            .Giving(Entry())
            .WithPath(p => p with { NewConnections = [nina], ReviewDue = true, ReviewWaiting = 1 })
            .Lasting(90)
            .Plan();

        Assert.Equal(
            [SessionSection.VetInvitations, SessionSection.GiveValue, SessionSection.Engage, SessionSection.FollowUp, SessionSection.ReachOut,
                SessionSection.EarnedAsks, SessionSection.PublishOrShare, SessionSection.Review],
            plan.Items.Select(i => i.Section));
    }
}
