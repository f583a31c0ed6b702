using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using static ValueFirst.Core.Tests.Ledger.LedgerTime;

namespace ValueFirst.Core.Tests.Ledger;

public sealed class GiveCadenceTests
{
    private static readonly DateOnly Today = new(2026, 1, 15);
    private static readonly DateTimeOffset Noon = NowAt(Today, 12);

    [Theory]
    [InlineData(PipelineRole.Prospect, 14)]
    [InlineData(PipelineRole.ReferralSource, 30)]
    [InlineData(PipelineRole.Resource, 60)]
    [InlineData(PipelineRole.Peer, 90)]
    public void Each_role_has_its_default_cadence(PipelineRole role, int days) =>
        Assert.Equal(days, GiveCadence.DaysFor(null, [], role, ReadinessSettings.Default));

    [Fact]
    public void A_tag_override_beats_the_role_and_the_shortest_tag_wins()
    {
        var settings = ReadinessSettings.Default with { TagCadenceDays = new Dictionary<string, int> { ["cto"] = 21, ["fintech"] = 45 } };

        Assert.Equal(21, GiveCadence.DaysFor(null, ["fintech", "cto", "berlin"], PipelineRole.Peer, settings));
        Assert.Equal(90, GiveCadence.DaysFor(null, ["berlin"], PipelineRole.Peer, settings));
    }

    [Fact]
    public void The_contacts_own_cadence_beats_tag_and_role()
    {
        var settings = ReadinessSettings.Default with { TagCadenceDays = new Dictionary<string, int> { ["cto"] = 21 } };

        Assert.Equal(7, GiveCadence.DaysFor(7, ["cto"], PipelineRole.Peer, settings));
    }

    [Fact]
    public void Next_give_is_due_a_cadence_after_the_last_give_not_after_connecting()
    {
        var facts = new FactsBuilder(Today).ConnectedDaysAgo(100).Gave(daysAgo: 10).Build(Noon);

        var due = GiveCadence.Evaluate(facts, 14, Noon, NewYork);

        Assert.Equal(Today.AddDays(4), due.DueOn);
        Assert.Equal(-4, due.OverdueDays);
        Assert.False(due.IsOverdue);
    }

    [Fact]
    public void Without_any_give_the_clock_starts_at_connecting_and_the_contact_is_waiting_not_overdue()
    {
        var facts = new FactsBuilder(Today).ConnectedDaysAgo(20).Build(Noon);

        var due = GiveCadence.Evaluate(facts, 14, Noon, NewYork);

        Assert.Equal(Today.AddDays(-6), due.DueOn);
        Assert.True(due.FirstGive);
        Assert.True(due.IsDue);
        Assert.False(due.IsOverdue);
        Assert.Equal("no give recorded yet", due.Describe());
    }

    [Fact]
    public void Without_any_give_the_clock_starts_when_ValueFirst_first_saw_the_contact_if_that_is_later()
    {
        // Connected ten years ago, imported today: the first give is due a cadence from today, not a decade ago.
        var facts = new FactsBuilder(Today).ConnectedDaysAgo(3650).FirstSeenDaysAgo(0).Build(Noon);

        var due = GiveCadence.Evaluate(facts, 90, Noon, NewYork);

        Assert.Equal(Today.AddDays(90), due.DueOn);
        Assert.False(due.IsDue);
        Assert.False(due.IsOverdue);
    }

    [Fact]
    public void A_contact_connected_after_it_was_first_seen_counts_from_connecting()
    {
        var facts = new FactsBuilder(Today).FirstSeenDaysAgo(40).ConnectedDaysAgo(10).Build(Noon);

        Assert.Equal(Today.AddDays(4), GiveCadence.Evaluate(facts, 14, Noon, NewYork).DueOn);
    }

    [Fact]
    public void Overdue_is_described_with_its_days_only_when_counted_from_a_real_give()
    {
        var given = GiveCadence.Evaluate(new FactsBuilder(Today).Gave(daysAgo: 20).Build(Noon), 14, Noon, NewYork);
        var oneDay = GiveCadence.Evaluate(new FactsBuilder(Today).Gave(daysAgo: 15).Build(Noon), 14, Noon, NewYork);
        var notYet = GiveCadence.Evaluate(new FactsBuilder(Today).Gave(daysAgo: 11).Build(Noon), 14, Noon, NewYork);

        Assert.Equal("overdue by 6 days", given.Describe());
        Assert.Equal("overdue by 1 day", oneDay.Describe());
        Assert.Equal("due in 3 days (18 Jan)", notYet.DescribeWithDate(Today));
    }

    [Fact]
    public void On_the_due_day_a_contact_is_not_yet_overdue_and_the_day_after_it_is()
    {
        var onDueDay = GiveCadence.Evaluate(new FactsBuilder(Today).Gave(daysAgo: 14).Build(Noon), 14, Noon, NewYork);
        var dayAfter = GiveCadence.Evaluate(new FactsBuilder(Today).Gave(daysAgo: 15).Build(Noon), 14, Noon, NewYork);

        Assert.Equal(0, onDueDay.OverdueDays);
        Assert.False(onDueDay.IsOverdue);
        Assert.Equal(1, dayAfter.OverdueDays);
    }

    [Fact]
    public void A_give_at_23_30_local_is_due_a_day_earlier_than_one_at_00_30_local()
    {
        var late = new FactsBuilder(Today).At(InteractionDirection.Give, UtcAt(Today.AddDays(-15), 23, 30)).Build(Noon);
        var early = new FactsBuilder(Today).At(InteractionDirection.Give, UtcAt(Today.AddDays(-14), 0, 30)).Build(Noon);

        Assert.Equal(1, GiveCadence.Evaluate(late, 14, Noon, NewYork).OverdueDays);
        Assert.Equal(0, GiveCadence.Evaluate(early, 14, Noon, NewYork).OverdueDays);
    }

    [Fact]
    public void Without_a_give_or_a_connection_date_nothing_is_due()
    {
        var due = GiveCadence.Evaluate(ContactLedgerFacts.None(null), 14, Noon, NewYork);

        Assert.Null(due.DueOn);
        Assert.False(due.IsOverdue);
    }
}
