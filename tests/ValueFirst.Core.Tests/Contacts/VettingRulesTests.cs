using ValueFirst.Core.Contacts;

namespace ValueFirst.Core.Tests.Contacts;

public sealed class VettingRulesTests
{
    private const VettingSignals Note = VettingSignals.PersonalNote;

    private static VettingDecision Decide(VettingSignals signals, int? connections = 500, VettingThresholds? thresholds = null) =>
        VettingRules.Decide(new VettingInput(signals, connections), thresholds);

    [Theory]
    [InlineData(VettingSignals.SolicitorOrSpammer)]
    [InlineData(VettingSignals.ConstantSeller)]
    public void Spammer_or_constant_seller_is_declined_even_when_known_personally(VettingSignals against)
    {
        var decision = Decide(against | VettingSignals.KnowPersonally | Note);

        Assert.Equal(VettingOutcome.Decline, decision.Outcome);
        Assert.Contains(decision.Reasons, r => r.StartsWith(VettingSignalInfo.Label(against), StringComparison.Ordinal));
        Assert.Contains(decision.Reasons, r => r.Contains("I know them personally", StringComparison.Ordinal));
    }

    [Fact]
    public void Declining_lists_every_reason_against()
    {
        var decision = Decide(VettingSignals.SolicitorOrSpammer | VettingSignals.ConstantSeller);

        Assert.Equal(2, decision.Reasons.Count(r => r.EndsWith("decline.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Generic_request_without_note_or_signal_for_is_held_to_ask_a_question()
    {
        var decision = Decide(VettingSignals.None);

        Assert.Equal(VettingOutcome.Hold, decision.Outcome);
        Assert.Contains(decision.Reasons, r => r.StartsWith("Generic request", StringComparison.Ordinal));
        Assert.Equal("Hold — ask them a question first", decision.Summary);
    }

    [Theory]
    [InlineData(VettingSignals.PersonalNote)]
    [InlineData(VettingSignals.MetInGroupDiscussion)]
    [InlineData(VettingSignals.KnowPersonally)]
    public void Any_signal_for_makes_a_request_more_than_generic(VettingSignals signalFor) =>
        Assert.Equal(VettingOutcome.Accept, Decide(signalFor).Outcome);

    [Fact]
    public void Fewer_connections_than_the_threshold_holds()
    {
        var decision = Decide(Note, connections: 99);

        Assert.Equal(VettingOutcome.Hold, decision.Outcome);
        Assert.Contains(decision.Reasons, r => r.StartsWith("Only 99 connections (fewer than 100)", StringComparison.Ordinal));
    }

    [Fact]
    public void Exactly_the_threshold_of_connections_is_enough() =>
        Assert.Equal(VettingOutcome.Accept, Decide(Note, connections: 100).Outcome);

    [Fact]
    public void Connection_threshold_comes_from_the_settings()
    {
        var strict = new VettingThresholds(MinConnections: 300);

        Assert.Equal(VettingOutcome.Hold, Decide(Note, connections: 250, strict).Outcome);
        Assert.Equal(VettingOutcome.Accept, Decide(Note, connections: 250).Outcome);
    }

    [Theory]
    [InlineData(VettingSignals.NoPhoto)]
    [InlineData(VettingSignals.Inactive)]
    public void No_photo_or_inactive_holds_despite_a_personal_note(VettingSignals weak) =>
        Assert.Equal(VettingOutcome.Hold, Decide(weak | Note).Outcome);

    [Theory]
    [InlineData(VettingSignals.KnowPersonally)]
    [InlineData(VettingSignals.FormerColleagueOrClient)]
    [InlineData(VettingSignals.IntroducedByTrustedContact)]
    public void Strong_signal_for_outweighs_a_thin_or_quiet_profile(VettingSignals strong)
    {
        var decision = Decide(strong | VettingSignals.NoPhoto | VettingSignals.Inactive, connections: 20);

        Assert.Equal(VettingOutcome.Accept, decision.Outcome);
        Assert.Equal(3, decision.Reasons.Count(r => r.EndsWith("outweighed by a strong signal for.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Met_in_a_group_is_not_strong_enough_to_outweigh_a_thin_profile() =>
        Assert.Equal(VettingOutcome.Hold, Decide(VettingSignals.MetInGroupDiscussion, connections: 20).Outcome);

    [Theory]
    [InlineData(VettingSignals.DirectCompetitor)]
    [InlineData(VettingSignals.Controversial)]
    public void Competitor_and_controversy_are_noted_but_do_not_hold_by_default(VettingSignals signal)
    {
        var decision = Decide(signal | Note);

        Assert.Equal(VettingOutcome.Accept, decision.Outcome);
        Assert.Contains(decision.Reasons, r => r.StartsWith("Keep in mind", StringComparison.Ordinal));
    }

    [Fact]
    public void Settings_can_make_competitor_and_controversy_hold()
    {
        var thresholds = new VettingThresholds(HoldCompetitors: true, HoldControversial: true);

        Assert.Equal(VettingOutcome.Hold, Decide(VettingSignals.DirectCompetitor | Note, thresholds: thresholds).Outcome);
        Assert.Equal(VettingOutcome.Hold, Decide(VettingSignals.Controversial | Note, thresholds: thresholds).Outcome);
        Assert.Equal(VettingOutcome.Accept, Decide(VettingSignals.Controversial | VettingSignals.KnowPersonally, thresholds: thresholds).Outcome);
    }

    [Fact]
    public void Unknown_connection_count_is_not_held_against_them_but_said()
    {
        var decision = Decide(Note, connections: null);

        Assert.Equal(VettingOutcome.Accept, decision.Outcome);
        Assert.Contains(decision.Reasons, r => r.StartsWith("Connection count not entered", StringComparison.Ordinal));
    }

    [Fact]
    public void Generic_request_from_a_thin_profile_lists_both_reasons()
    {
        var decision = Decide(VettingSignals.NoPhoto, connections: 12);

        Assert.Equal(VettingOutcome.Hold, decision.Outcome);
        Assert.Equal(3, decision.Reasons.Count);
    }

    [Fact]
    public void Every_signal_has_a_label_and_belongs_to_one_side()
    {
        var all = Enum.GetValues<VettingSignals>().Where(s => s != VettingSignals.None).ToList();

        Assert.Equal(all.Count, VettingSignalInfo.Against.Count + VettingSignalInfo.For.Count);
        Assert.Empty(VettingSignalInfo.Against.Intersect(VettingSignalInfo.For));
        Assert.All(all, s => Assert.False(string.IsNullOrWhiteSpace(VettingSignalInfo.Label(s))));
    }

    [Theory]
    [InlineData(ConnectionState.Connected)]
    [InlineData(ConnectionState.Invited)]
    [InlineData(ConnectionState.Declined)]
    [InlineData(ConnectionState.Suspended)]
    public void A_contact_I_am_connected_with_or_have_answered_is_not_vetted_at_all(ConnectionState state)
    {
        Assert.Null(VettingRules.AdviceFor(state, VettingSignals.None, connectionCount: 12));
    }

    [Fact]
    public void An_incoming_invitation_without_a_note_is_a_generic_request()
    {
        var advice = VettingRules.AdviceFor(ConnectionState.Pending, VettingSignals.None, 500);

        Assert.Equal(VettingOutcome.Hold, advice!.Outcome);
        Assert.StartsWith("Generic request", advice.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_is_never_held_for_a_missing_note_the_note_is_mine_to_write()
    {
        var advice = VettingRules.AdviceFor(ConnectionState.Target, VettingSignals.None, 500);

        Assert.Equal(VettingOutcome.Accept, advice!.Outcome);
        Assert.Equal("Invite them, with a personal note", advice.Summary);
        Assert.DoesNotContain(advice.Reasons, r => r.StartsWith("Generic request", StringComparison.Ordinal));
    }

    [Fact]
    public void A_target_with_red_flags_is_not_invited_or_not_yet()
    {
        var spammer = VettingRules.AdviceFor(ConnectionState.Target, VettingSignals.SolicitorOrSpammer, 500);
        var thin = VettingRules.AdviceFor(ConnectionState.Target, VettingSignals.None, 20);

        Assert.Equal(("Do not invite", VettingOutcome.Decline), (spammer!.Summary, spammer.Outcome));
        Assert.Equal(("Not yet — engage with their posts first", VettingOutcome.Hold), (thin!.Summary, thin.Outcome));
    }
}
