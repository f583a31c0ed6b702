using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Relationships;
using ValueFirst.Core.Sessions;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Relationships;
using ValueFirst.Web.Features.Sessions;

namespace ValueFirst.Web.Tests.Relationships;

/// <summary>The relationship path in the real weekly hour: what is offered, and what ticking it does through the owning features.</summary>
public sealed class PathHourTests : IDisposable
{
    private readonly PathWorld world = new();

    private static SessionItem Item(WeeklySession session, PathStep step) => session.Items.Single(i => i.Step == step);

    [Fact]
    public async Task A_target_is_followed_touched_twice_and_invited_one_hour_at_a_time()
    {
        var user = await world.UserAsync();
        var tara = await world.ContactAsync(user, "Tara Target", ConnectionState.Target);

        var follow = Item(await world.BuildAsync(user), PathStep.Follow);
        Assert.Equal((SessionSection.ReachOut, (int?)tara, false), (follow.Section, follow.ContactId, follow.RequiresNote));
        Assert.Equal(TickOutcome.Done, (await world.TickAsync(user, follow.Id)).Outcome);
        Assert.Equal(world.Today, (await world.FindAsync(tara)).FollowedOn);

        world.NextWeek();
        var first = Item(await world.BuildAsync(user), PathStep.Engage);
        Assert.StartsWith("Touch 1 of 2", first.Suggestion, StringComparison.Ordinal);
        await world.TickAsync(user, first.Id);
        Assert.Equal([InteractionType.CommentedThoughtfully], (await world.InteractionsOfAsync(tara)).Select(i => i.Type));

        world.NextWeek();
        var second = Item(await world.BuildAsync(user), PathStep.Engage);
        Assert.StartsWith("Touch 2 of 2", second.Suggestion, StringComparison.Ordinal);
        await world.TickAsync(user, second.Id);

        world.NextWeek();
        var invite = Item(await world.BuildAsync(user), PathStep.Invite);
        Assert.True(invite.RequiresNote);
        Assert.Equal(TickOutcome.NoteRequired, (await world.TickAsync(user, invite.Id)).Outcome);
        Assert.Equal(TickOutcome.Done, (await world.TickAsync(user, invite.Id, note: "Your two posts on pricing changed how I quote.")).Outcome);
        Assert.Equal(ConnectionState.Invited, (await world.FindAsync(tara)).State);
    }

    [Fact]
    public async Task Unticking_a_follow_or_a_touch_takes_it_back()
    {
        var user = await world.UserAsync();
        var tara = await world.ContactAsync(user, "Tara Target", ConnectionState.Target);
        var follow = Item(await world.BuildAsync(user), PathStep.Follow);

        await world.TickAsync(user, follow.Id);
        await world.TickAsync(user, follow.Id, done: false);

        Assert.Null((await world.FindAsync(tara)).FollowedOn);
    }

    [Fact]
    public async Task The_touch_count_before_an_invitation_is_the_users_setting()
    {
        var user = await world.UserAsync();
        var tara = await world.ContactAsync(user, "Tara Target", ConnectionState.Target);
        var form = RelationshipSettingsForm.From(await world.WithAsync<RelationshipSettingsStore, RelationshipSettings>(s => s.GetAsync(user)));
        form.TouchesBeforeInvite = 0;
        Assert.Empty(await world.WithAsync<RelationshipSettingsStore, IReadOnlyList<System.ComponentModel.DataAnnotations.ValidationResult>>(s => s.SaveAsync(user, form)));

        await world.TickAsync(user, Item(await world.BuildAsync(user), PathStep.Follow).Id);
        world.NextWeek();

        Assert.Equal(tara, Item(await world.BuildAsync(user), PathStep.Invite).ContactId);
    }

    [Fact]
    public async Task Asking_an_introducer_records_an_ask_to_them_and_the_invitation_then_mentions_them()
    {
        var user = await world.UserAsync();
        var tom = await world.ContactAsync(user, "Tom Target", ConnectionState.Target, company: "Acme");
        var ira = await world.ContactAsync(user, "Ira Insider", company: "Acme");
        await world.InteractionsAsync(user, ira, InteractionDirection.Give, 30, 20, 10);

        var ask = Item(await world.BuildAsync(user), PathStep.AskForIntroduction);
        Assert.Equal((SessionSection.EarnedAsks, (int?)ira, (int?)tom), (ask.Section, ask.ContactId, ask.OtherContactId));
        Assert.Equal(TickOutcome.Done, (await world.TickAsync(user, ask.Id)).Outcome);

        var recorded = (await world.InteractionsOfAsync(ira)).Last();
        Assert.Equal((InteractionDirection.Ask, InteractionType.AskedForIntroduction), (recorded.Direction, recorded.Type));
        var target = await world.FindAsync(tom);
        Assert.Equal((world.Today, (int?)ira), (target.IntroductionAskedOn, target.IntroductionAskedOfContactId));

        world.NextWeek();
        var invite = Item(await world.BuildAsync(user), PathStep.Invite);
        Assert.Equal(tom, invite.ContactId);
        Assert.Contains("mention Ira Insider's introduction", invite.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_introducer_whose_ask_is_not_earned_gets_a_give_first_and_no_ask()
    {
        var user = await world.UserAsync();
        await world.ContactAsync(user, "Tom Target", ConnectionState.Target, tags: "saas");
        var ira = await world.ContactAsync(user, "Ira Insider", tags: "saas;pricing");
        await world.InteractionsAsync(user, ira, InteractionDirection.Give, 30);

        var session = await world.BuildAsync(user);

        var give = Item(session, PathStep.GiveToIntroducer);
        Assert.Equal((SessionSection.GiveValue, (int?)ira), (give.Section, give.ContactId));
        Assert.Contains("1 of 3 gives ✗", give.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(session.Items, i => i.Interaction == InteractionType.AskedForIntroduction);
        Assert.Single(session.Items, i => i.ContactId == ira);
    }

    [Fact]
    public async Task Only_a_connected_contact_introduces_even_when_a_suspended_one_works_at_the_targets_company()
    {
        var user = await world.UserAsync();
        var tom = await world.ContactAsync(user, "Tom Target", ConnectionState.Target, company: "Acme", tags: "saas");
        var sam = await world.ContactAsync(user, "Sam Suspended", ConnectionState.Suspended, company: "Acme");
        await world.InteractionsAsync(user, sam, InteractionDirection.Give, 30, 20, 10);
        var tia = await world.ContactAsync(user, "Tia Tags", tags: "pricing;saas");
        await world.InteractionsAsync(user, tia, InteractionDirection.Give, 30, 20, 10);

        var session = await world.BuildAsync(user);

        var ask = Item(session, PathStep.AskForIntroduction);
        Assert.Equal(((int?)tia, (int?)tom), (ask.ContactId, ask.OtherContactId));
        Assert.Contains("both into saas", ask.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(session.Items, i => i.ContactId == sam);
    }

    [Fact]
    public async Task A_new_connection_is_welcomed_as_a_give_with_a_note_of_their_own_and_unticking_takes_both_back()
    {
        var user = await world.UserAsync();
        var nina = await world.ContactAsync(user, "Nina New", connectedDaysAgo: 2, position: "Head of Growth");

        var session = await world.BuildAsync(user);
        var welcome = Item(session, PathStep.Welcome);
        Assert.Equal(SessionSection.Engage, welcome.Section);
        Assert.Contains("mention their work as Head of Growth", welcome.Suggestion, StringComparison.Ordinal);
        Assert.Single(session.Items, i => i.ContactId == nina);

        var refused = await world.TickAsync(user, welcome.Id);
        Assert.Equal(TickOutcome.NoteRequired, refused.Outcome);
        Assert.StartsWith("Write the welcome you sent", refused.Message, StringComparison.Ordinal);

        await world.TickAsync(user, welcome.Id, note: "Glad we met at the growth meetup: how did the launch go?");
        var given = Assert.Single(await world.InteractionsOfAsync(nina));
        Assert.Equal((InteractionDirection.Give, InteractionType.Welcomed), (given.Direction, given.Type));
        Assert.Equal(world.Today, (await world.FindAsync(nina)).WelcomedOn);

        await world.TickAsync(user, welcome.Id, done: false);
        Assert.Empty(await world.InteractionsOfAsync(nina));
        Assert.Null((await world.FindAsync(nina)).WelcomedOn);
    }

    [Fact]
    public async Task The_questions_come_a_week_after_the_welcome_and_ticking_them_marks_the_step()
    {
        var user = await world.UserAsync();
        var nina = await world.ContactAsync(user, "Nina New", connectedDaysAgo: 0);
        await world.TickAsync(user, Item(await world.BuildAsync(user), PathStep.Welcome).Id, note: "Welcome, Nina!");

        world.NextWeek();
        var questions = Item(await world.BuildAsync(user), PathStep.LearnAnswers);
        Assert.Equal($"contacts/{nina}/edit", questions.Link);
        await world.TickAsync(user, questions.Id);

        Assert.Equal(world.Today, (await world.FindAsync(nina)).AnswersAskedOn);
    }

    [Fact]
    public async Task What_a_contact_wants_becomes_an_introduction_once_and_not_again_after_it_is_made()
    {
        var user = await world.UserAsync();
        var zoe = await world.ContactAsync(user, "Zoë Ødegård", company: "Fjord", wantsToMeet: "founders selling into the Nordics");
        var mei = await world.ContactAsync(user, "Mei Chen", company: "Nordlys", tags: "nordics", position: "Founder");

        var introduce = Item(await world.BuildAsync(user), PathStep.Introduce);
        Assert.Equal(((int?)zoe, (int?)mei), (introduce.ContactId, introduce.OtherContactId));
        Assert.Equal("Introduce Zoë Ødegård to Mei Chen: Zoë wants to meet founders selling into the Nordics", introduce.Suggestion);
        await world.TickAsync(user, introduce.Id);
        var made = Assert.Single(await world.InteractionsOfAsync(zoe));
        Assert.Equal(InteractionType.MadeIntroduction, made.Type);
        Assert.Equal(introduce.Suggestion, made.Note);

        world.NextWeek();
        Assert.DoesNotContain((await world.BuildAsync(user)).Items, i => i.Step == PathStep.Introduce);
    }

    [Fact]
    public async Task A_role_below_its_goal_adds_a_reach_out_to_a_target_of_that_role()
    {
        var user = await world.UserAsync();
        for (var i = 0; i < 4; i++)
        {
            await world.ContactAsync(user, $"Peer Target {i}", ConnectionState.Target);
        }

        var prospect = await world.ContactAsync(user, "Pia Prospect", ConnectionState.Target, role: PipelineRole.Prospect);
        await world.ContactAsync(user, "Paul Connected Prospect", role: PipelineRole.Prospect);
        var form = RelationshipSettingsForm.From(await world.WithAsync<RelationshipSettingsStore, RelationshipSettings>(s => s.GetAsync(user)));
        form.ProspectGoal = 3;
        await world.WithAsync<RelationshipSettingsStore, IReadOnlyList<System.ComponentModel.DataAnnotations.ValidationResult>>(s => s.SaveAsync(user, form));

        var reachOuts = (await world.BuildAsync(user)).Items.Where(i => i.Section == SessionSection.ReachOut && i.Fitted).ToList();

        Assert.Equal(SessionCaps.Default.ReachOut + 1, reachOuts.Count);
        Assert.Equal(prospect, reachOuts[0].ContactId);
        Assert.StartsWith("You nurture 1 prospect; your goal is 3.", reachOuts[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_review_is_offered_once_a_quarter_and_ticking_it_counts_as_this_quarters_review()
    {
        var user = await world.UserAsync();
        var olga = await world.ContactAsync(user, "Olga One-Way");
        await world.InteractionsAsync(user, olga, InteractionDirection.Give, 250, 200, 150, 100, 50);

        var review = Item(await world.BuildAsync(user), PathStep.Review);
        Assert.Equal("review", review.Link);
        await world.TickAsync(user, review.Id);

        Assert.Equal(world.Today, (await world.WithAsync<RelationshipSettingsStore, RelationshipSettings>(s => s.GetAsync(user))).LastReviewOn);
        world.NextWeek();
        Assert.DoesNotContain((await world.BuildAsync(user)).Items, i => i.Step == PathStep.Review);
    }

    [Fact]
    public async Task A_suspended_contact_is_out_of_the_hour_even_with_a_follow_up_due()
    {
        var user = await world.UserAsync();
        var sam = await world.ContactAsync(user, "Sam Suspended", ConnectionState.Suspended, followUpOn: world.Today);
        var cora = await world.ContactAsync(user, "Cora Connected", followUpOn: world.Today);

        var items = (await world.BuildAsync(user)).Items;

        Assert.DoesNotContain(items, i => i.ContactId == sam);
        Assert.Contains(items, i => i.ContactId == cora && i.Section == SessionSection.FollowUp);
    }

    public void Dispose() => world.Dispose();
}
