using ValueFirst.Core.Ledger;
using static ValueFirst.Core.Tests.Ledger.LedgerTime;

namespace ValueFirst.Core.Tests.Ledger;

public sealed class ContactLedgerFactsTests
{
    private static readonly DateOnly Today = new(2026, 1, 15);
    private static readonly DateTimeOffset Noon = NowAt(Today, 12);

    [Fact]
    public void Counts_each_direction_and_keeps_the_latest_give_and_ask()
    {
        var facts = new FactsBuilder(Today).Gave(daysAgo: 9).Gave(daysAgo: 3).Asked(daysAgo: 5).Received(daysAgo: 1).Build(Noon);

        Assert.Equal((2, 1, 1), (facts.Gives, facts.Asks, facts.Received));
        Assert.Equal(UtcAt(Today.AddDays(-3), 12), facts.LastGiveUtc);
        Assert.Equal(UtcAt(Today.AddDays(-5), 12), facts.LastAskUtc);
        Assert.Equal(1, facts.GivesSinceLastAsk);
        Assert.Equal(1, facts.Balance);
    }

    [Fact]
    public void Without_any_ask_every_give_counts_since_the_last_ask()
    {
        var facts = new FactsBuilder(Today).Gave(daysAgo: 300).Gave(daysAgo: 3).Build(Noon);

        Assert.Equal(2, facts.GivesSinceLastAsk);
        Assert.Equal(1, facts.GivesInWindow);
    }

    [Fact]
    public void The_window_starts_at_local_midnight_89_days_before_today()
    {
        var start = AskReadiness.WindowStartUtc(Noon, NewYork);

        Assert.Equal(UtcAt(Today.AddDays(-89), 0), start);
    }
}
