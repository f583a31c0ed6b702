using Bogus;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using static ValueFirst.Core.Tests.Ledger.LedgerTime;

namespace ValueFirst.Core.Tests.Ledger;

public sealed class GiveFirstRankingTests
{
    private static readonly DateOnly Today = new(2026, 1, 15);
    private static readonly DateTimeOffset Noon = NowAt(Today, 12);
    private readonly Faker faker = new() { Random = new Randomizer(5) };
    private int nextId = 1;

    private LedgerContact Contact(
        Func<FactsBuilder, FactsBuilder> history,
        int fit = 50,
        PipelineRole role = PipelineRole.Peer,
        ConnectionState state = ConnectionState.Connected) =>
        new(nextId++, faker.Name.FullName(), faker.Company.CompanyName(), ["sales"], role, state, fit, null,
            history(new FactsBuilder(Today)).Build(Noon));

    private static IReadOnlyList<GiveFirstEntry> Rank(params LedgerContact[] contacts) =>
        GiveFirstRanking.Rank(contacts, ReadinessSettings.Default, Noon, NewYork);

    [Fact]
    public void Only_connected_contacts_whose_ask_is_not_earned_are_listed()
    {
        var giveFirst = Contact(h => h.Gave(daysAgo: 100));
        var overdrawn = Contact(h => h.Asked(daysAgo: 40).Asked(daysAgo: 50));
        var earned = Contact(h => h.Gave(daysAgo: 5, times: 3));
        var suspended = Contact(h => h.Gave(daysAgo: 100), state: ConnectionState.Suspended);
        var invited = Contact(h => h.NotConnected(), state: ConnectionState.Invited);

        var ids = Rank(giveFirst, overdrawn, earned, suspended, invited).Select(e => e.ContactId).ToHashSet();

        Assert.Equal(new HashSet<int> { giveFirst.Id, overdrawn.Id }, ids);
    }

    [Fact]
    public void Gives_due_again_come_most_overdue_first_even_with_a_lower_fit_and_ones_not_due_wait()
    {
        var notDueHighFit = Contact(h => h.Gave(daysAgo: 10), fit: 95, role: PipelineRole.Prospect);
        var overdueBy2 = Contact(h => h.Gave(daysAgo: 16), fit: 10, role: PipelineRole.Prospect);
        var overdueBy30 = Contact(h => h.Gave(daysAgo: 44), fit: 5, role: PipelineRole.Prospect);

        var ranked = Rank(notDueHighFit, overdueBy2, overdueBy30);

        Assert.Equal([overdueBy30.Id, overdueBy2.Id], ranked.Select(e => e.ContactId));
        Assert.Equal([30, 2], ranked.Select(e => e.OverdueDays));
        Assert.All(ranked, e => Assert.Equal(GiveTurn.DueAgain, e.Turn));
        Assert.StartsWith("overdue by 30 days since your last give", ranked[0].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Overdrawn_relationships_come_before_gives_due_again()
    {
        var overdue = Contact(h => h.Gave(daysAgo: 120), fit: 90);
        var overdrawn = Contact(h => h.Asked(daysAgo: 40).Asked(daysAgo: 50), fit: 10);

        var ranked = Rank(overdue, overdrawn);

        Assert.Equal([overdrawn.Id, overdue.Id], ranked.Select(e => e.ContactId));
        Assert.Equal([GiveTurn.Overdrawn, GiveTurn.DueAgain], ranked.Select(e => e.Turn));
    }

    [Fact]
    public void Never_given_contacts_are_never_overdue_however_long_ago_they_connected()
    {
        var importedToday = Contact(h => h.ConnectedDaysAgo(3650).FirstSeenDaysAgo(0));

        var entry = Assert.Single(Rank(importedToday));

        Assert.Equal(GiveTurn.FirstGive, entry.Turn);
        Assert.Equal(0, entry.OverdueDays);
        Assert.Null(entry.DaysSinceLastGive);
        Assert.StartsWith("first give: no give recorded yet", entry.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void First_gives_join_a_few_a_week_best_fit_then_role_then_most_recently_connected()
    {
        // All imported today: no first give is due yet, so fit, role and recency decide.
        var peerHighFit = Contact(h => h.ConnectedDaysAgo(900).FirstSeenDaysAgo(0), fit: 90);
        var prospect = Contact(h => h.ConnectedDaysAgo(900).FirstSeenDaysAgo(0), fit: 60, role: PipelineRole.Prospect);
        var peer = Contact(h => h.ConnectedDaysAgo(900).FirstSeenDaysAgo(0), fit: 60);
        var recentPeer = Contact(h => h.ConnectedDaysAgo(20).FirstSeenDaysAgo(0), fit: 60);
        var lowFit = Contact(h => h.ConnectedDaysAgo(5).FirstSeenDaysAgo(0), fit: 10, role: PipelineRole.Prospect);

        var ranked = Rank(lowFit, peer, recentPeer, prospect, peerHighFit);

        Assert.Equal([peerHighFit.Id, prospect.Id, recentPeer.Id], ranked.Select(e => e.ContactId));
        Assert.Equal(ReadinessSettings.Default.NewRelationshipsPerWeek, ranked.Count);
    }

    [Fact]
    public void The_weekly_number_of_first_gives_is_a_setting()
    {
        var contacts = Enumerable.Range(0, 10).Select(i => Contact(h => h.ConnectedDaysAgo(400), fit: i)).ToArray();

        var five = GiveFirstRanking.Rank(contacts, ReadinessSettings.Default with { NewRelationshipsPerWeek = 5 }, Noon, NewYork);
        var none = GiveFirstRanking.Rank(contacts, ReadinessSettings.Default with { NewRelationshipsPerWeek = 0 }, Noon, NewYork);

        Assert.Equal(5, five.Count);
        Assert.Empty(none);
    }

    [Fact]
    public void A_first_give_whose_clock_has_run_comes_before_a_fresh_imports()
    {
        // Connected through the app 100 days ago and never given to, against an import of today with a better fit.
        var waiting = Contact(h => h.ConnectedDaysAgo(100).FirstSeenDaysAgo(100), fit: 10);
        var imported = Contact(h => h.ConnectedDaysAgo(2000).FirstSeenDaysAgo(0), fit: 90);

        Assert.Equal([waiting.Id, imported.Id], Rank(imported, waiting).Select(e => e.ContactId));
    }

    [Fact]
    public void Each_entry_carries_the_readiness_reason_and_take_limits_the_list()
    {
        var contacts = Enumerable.Range(0, 8).Select(i => Contact(h => h.Gave(daysAgo: 100), fit: i * 10)).ToArray();

        var top = GiveFirstRanking.Rank(contacts, ReadinessSettings.Default, Noon, NewYork, take: 5);

        Assert.Equal(5, top.Count);
        Assert.Equal(70, top[0].FitScore);
        Assert.All(top, e => Assert.Equal("1 of 3 gives ✗ · connected 1 year ago ✓", e.Reason));
    }

    [Fact]
    public void Earned_asks_list_only_connected_contacts_whose_ask_is_earned_best_fit_first()
    {
        var giveFirst = Contact(h => h.Gave(daysAgo: 5), fit: 99);
        var earnedLowFit = Contact(h => h.Gave(daysAgo: 5, times: 3), fit: 20);
        var earnedHighFit = Contact(h => h.Gave(daysAgo: 6, times: 3), fit: 80);
        var earnedSuspended = Contact(h => h.Gave(daysAgo: 5, times: 3), fit: 90, state: ConnectionState.Suspended);

        var asks = GiveFirstRanking.RankEarnedAsks([giveFirst, earnedLowFit, earnedHighFit, earnedSuspended],
            ReadinessSettings.Default, Noon, NewYork);

        Assert.Equal([earnedHighFit.Id, earnedLowFit.Id], asks.Select(e => e.ContactId));
        Assert.All(asks, e => Assert.Equal(AskState.AskEarned, e.State));
    }

    [Fact]
    public void Earned_asks_are_capped_by_take()
    {
        var contacts = Enumerable.Range(0, 4).Select(i => Contact(h => h.Gave(daysAgo: 5, times: 3), fit: i * 10)).ToArray();

        var asks = GiveFirstRanking.RankEarnedAsks(contacts, ReadinessSettings.Default, Noon, NewYork, take: 2);

        Assert.Equal([contacts[3].Id, contacts[2].Id], asks.Select(e => e.ContactId));
    }
}
