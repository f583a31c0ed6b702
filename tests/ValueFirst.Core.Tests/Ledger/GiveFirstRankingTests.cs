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
        var giveFirst = Contact(h => h.Gave(daysAgo: 5));
        var overdrawn = Contact(h => h.Asked(daysAgo: 40).Asked(daysAgo: 50));
        var earned = Contact(h => h.Gave(daysAgo: 5, times: 3));
        var suspended = Contact(h => h.Gave(daysAgo: 5), state: ConnectionState.Suspended);
        var invited = Contact(h => h.NotConnected(), state: ConnectionState.Invited);

        var ids = Rank(giveFirst, overdrawn, earned, suspended, invited).Select(e => e.ContactId).ToHashSet();

        Assert.Equal(new HashSet<int> { giveFirst.Id, overdrawn.Id }, ids);
    }

    [Fact]
    public void Overdue_contacts_come_first_most_overdue_first_even_with_a_lower_fit()
    {
        var notDueHighFit = Contact(h => h.Gave(daysAgo: 10), fit: 95, role: PipelineRole.Prospect);
        var overdueBy2 = Contact(h => h.Gave(daysAgo: 16), fit: 10, role: PipelineRole.Prospect);
        var overdueBy30 = Contact(h => h.Gave(daysAgo: 44), fit: 5, role: PipelineRole.Prospect);

        var ranked = Rank(notDueHighFit, overdueBy2, overdueBy30);

        Assert.Equal([overdueBy30.Id, overdueBy2.Id, notDueHighFit.Id], ranked.Select(e => e.ContactId));
        Assert.Equal([30, 2, -4], ranked.Select(e => e.OverdueDays));
    }

    [Fact]
    public void Among_contacts_not_overdue_the_better_fit_comes_first()
    {
        var lowFit = Contact(h => h.Gave(daysAgo: 10), fit: 30);
        var highFit = Contact(h => h.Gave(daysAgo: 1), fit: 80);

        Assert.Equal([highFit.Id, lowFit.Id], Rank(lowFit, highFit).Select(e => e.ContactId));
    }

    [Fact]
    public void With_equal_fit_the_longest_since_a_give_comes_first_and_never_given_is_longest()
    {
        var recent = Contact(h => h.Gave(daysAgo: 2), fit: 50);
        var older = Contact(h => h.Gave(daysAgo: 20), fit: 50);
        var never = Contact(h => h.ConnectedDaysAgo(30), fit: 50);

        var ranked = Rank(recent, older, never);

        Assert.Equal([never.Id, older.Id, recent.Id], ranked.Select(e => e.ContactId));
        Assert.Equal([null, 20, 2], ranked.Select(e => e.DaysSinceLastGive));
    }

    [Fact]
    public void Each_entry_carries_the_readiness_reason_and_take_limits_the_list()
    {
        var contacts = Enumerable.Range(0, 8).Select(i => Contact(h => h.Gave(daysAgo: 1), fit: i * 10)).ToArray();

        var top = GiveFirstRanking.Rank(contacts, ReadinessSettings.Default, Noon, NewYork, take: 5);

        Assert.Equal(5, top.Count);
        Assert.Equal(70, top[0].FitScore);
        Assert.All(top, e => Assert.Equal("1 of 3 gives since your last ask; connected 365 days ago", e.Reason));
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
