using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Relationships;
using ValueFirst.Core.Tests.Ledger;
using static ValueFirst.Core.Tests.Ledger.LedgerTime;

namespace ValueFirst.Core.Tests.Relationships;

public sealed class WarmUpTests
{
    private static readonly DateOnly Today = new(2026, 3, 24);
    private static readonly DateTimeOffset Noon = NowAt(Today, 12);
    private static readonly VettingDecision Invite = VettingRules.Decide(new VettingInput(VettingSignals.None, 600, VettingSubject.Target));

    private static WarmUpAdvice Next(WarmUpState state, int touches = WarmUp.DefaultTouchesBeforeInvite, Introducer? introducer = null, VettingDecision? vetting = null) =>
        WarmUp.Next(state, vetting ?? Invite, introducer, touches, Today);

    private static Introducer IntroducerWith(FactsBuilder history) =>
        new(new IntroductionCandidate(7, "Ira Introducer", null, "Acme", []), "both at Acme",
            AskReadiness.Evaluate(history.Build(Noon), ReadinessSettings.Default, Noon, NewYork));

    [Fact]
    public void A_stranger_is_followed_first_then_touched_twice_then_invited_with_a_note()
    {
        var followed = Today.AddDays(-14);

        var steps = new[]
        {
            Next(WarmUpState.None),
            Next(new WarmUpState(followed)),
            Next(new WarmUpState(followed, Touches: 1)),
            Next(new WarmUpState(followed, Touches: 2)),
        };

        Assert.Equal([PathStep.Follow, PathStep.Engage, PathStep.Engage, PathStep.Invite], steps.Select(s => s.Step));
        Assert.Equal([1, 2], steps.Where(s => s.Step == PathStep.Engage).Select(s => s.Touch));
        Assert.Equal("Touch 1 of 2: comment on one of their posts with a thought of your own", steps[1].Summary);
        Assert.StartsWith("Touch 2 of 2: share one of their posts", steps[2].Summary, StringComparison.Ordinal);
        Assert.Equal("Warmed up: followed and 2 touches.", steps[3].Reason);
    }

    [Theory]
    [InlineData(3, 2, PathStep.Engage)]
    [InlineData(3, 3, PathStep.Invite)]
    [InlineData(1, 1, PathStep.Invite)]
    [InlineData(0, 0, PathStep.Invite)]
    public void The_number_of_touches_before_an_invitation_is_a_setting(int setting, int touches, PathStep expected) =>
        Assert.Equal(expected, Next(new WarmUpState(Today.AddDays(-7), touches), setting).Step);

    [Fact]
    public void Touches_do_not_count_until_the_target_is_followed()
    {
        var advice = Next(new WarmUpState(FollowedOn: null, Touches: 5));

        Assert.Equal(PathStep.Follow, advice.Step);
    }

    [Theory]
    [InlineData(VettingSignals.KnowPersonally)]
    [InlineData(VettingSignals.FormerColleagueOrClient)]
    [InlineData(VettingSignals.IntroducedByTrustedContact)]
    public void Someone_you_already_know_is_invited_without_a_warm_up(VettingSignals strong)
    {
        var advice = Next(new WarmUpState(Signals: strong));

        Assert.Equal(PathStep.Invite, advice.Step);
        Assert.Equal("You already know them: no warm-up needed.", advice.Reason);
    }

    [Fact]
    public void A_target_the_rules_would_not_invite_has_no_step_and_says_why()
    {
        var spammer = VettingRules.Decide(new VettingInput(VettingSignals.SolicitorOrSpammer, 600, VettingSubject.Target));
        var thin = VettingRules.Decide(new VettingInput(VettingSignals.None, 40, VettingSubject.Target));

        var declined = Next(WarmUpState.None, vetting: spammer);
        var held = Next(WarmUpState.None, vetting: thin);

        Assert.Equal((null, "Do not invite"), (declined.Step, declined.Summary));
        Assert.Equal((null, "Not yet — engage with their posts first"), (held.Step, held.Summary));
    }

    [Fact]
    public void An_introducer_whose_ask_is_earned_is_asked_for_the_introduction()
    {
        var introducer = IntroducerWith(new FactsBuilder(Today).ConnectedDaysAgo(200).Gave(daysAgo: 20, times: 3));

        var advice = Next(WarmUpState.None, introducer: introducer);

        Assert.True(introducer.AskEarned);
        Assert.Equal(PathStep.AskForIntroduction, advice.Step);
        Assert.Same(introducer, advice.Via);
        Assert.Equal("Ask Ira Introducer to introduce you", advice.Summary);
    }

    [Fact]
    public void An_introducer_whose_ask_is_not_earned_gets_a_give_first_with_the_readiness_rules_in_words()
    {
        var introducer = IntroducerWith(new FactsBuilder(Today).ConnectedDaysAgo(200).Gave(daysAgo: 20, times: 1));

        var advice = Next(WarmUpState.None, introducer: introducer);

        Assert.Equal(PathStep.GiveToIntroducer, advice.Step);
        Assert.Contains("asking for an introduction is an ask, not earned yet: 1 of 3 gives ✗", advice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_introducer_connected_days_ago_is_not_asked_inside_the_no_ask_window()
    {
        var introducer = IntroducerWith(new FactsBuilder(Today).ConnectedDaysAgo(5).Gave(daysAgo: 1, times: 4));

        var advice = Next(WarmUpState.None, introducer: introducer);

        Assert.Equal(PathStep.GiveToIntroducer, advice.Step);
        Assert.Contains("the first ask opens on 2 Apr", advice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finished_warm_up_invites_even_when_an_introducer_exists()
    {
        var introducer = IntroducerWith(new FactsBuilder(Today).ConnectedDaysAgo(200).Gave(daysAgo: 20, times: 3));

        Assert.Equal(PathStep.Invite, Next(new WarmUpState(Today.AddDays(-20), 2), introducer: introducer).Step);
    }

    [Fact]
    public void After_asking_for_an_introduction_the_invitation_mentions_the_introducer()
    {
        var advice = Next(new WarmUpState(IntroductionAskedOn: Today.AddDays(-3), IntroductionAskedOf: "Ira Introducer"));

        Assert.Equal(PathStep.Invite, advice.Step);
        Assert.Equal("Ira Introducer", advice.IntroducedBy);
        Assert.Equal("You asked Ira Introducer for an introduction on 21 Mar.", advice.Reason);
    }
}
