using ValueFirst.Core.Ledger;
using static ValueFirst.Core.Tests.Ledger.LedgerTime;

namespace ValueFirst.Core.Tests.Ledger;

public sealed class AskReadinessTests
{
    private static readonly DateOnly Today = new(2026, 1, 15);
    private static readonly DateTimeOffset Noon = NowAt(Today, 12);
    private static readonly ReadinessSettings Defaults = ReadinessSettings.Default;

    private static FactsBuilder Contact() => new(Today);

    private static AskReadinessResult Evaluate(FactsBuilder builder, DateTimeOffset? now = null) =>
        AskReadiness.Evaluate(builder.Build(now ?? Noon), Defaults, now ?? Noon, NewYork);

    [Fact]
    public void Exactly_the_required_gives_earn_the_ask()
    {
        var result = Evaluate(Contact().ConnectedDaysAgo(60).Gave(daysAgo: 10, times: 3));

        Assert.Equal(AskState.AskEarned, result.State);
    }

    [Fact]
    public void One_give_short_means_give_first_and_says_how_many()
    {
        var result = Evaluate(Contact().ConnectedDaysAgo(60).Gave(daysAgo: 2, times: 2));

        Assert.Equal(AskState.GiveFirst, result.State);
        Assert.Equal("2 of 3 gives ✗ · connected 2 months ago ✓", result.Reason);
        Assert.Null(result.OpensOn);
    }

    [Fact]
    public void Connected_exactly_the_minimum_days_ago_is_long_enough()
    {
        var result = Evaluate(Contact().ConnectedDaysAgo(14).Gave(daysAgo: 1, times: 3));

        Assert.Equal(AskState.AskEarned, result.State);
        Assert.Equal(14, result.DaysSinceConnected);
    }

    [Fact]
    public void Connected_one_day_short_of_the_minimum_is_give_first_even_with_enough_gives()
    {
        var result = Evaluate(Contact().ConnectedDaysAgo(13).Gave(daysAgo: 1, times: 3));

        Assert.Equal(AskState.GiveFirst, result.State);
        Assert.Equal("3 of 3 gives ✓ · connected 13 days ago — the first ask opens on 16 Jan (14 days after connecting) ✗", result.Reason);
        Assert.Equal(Today.AddDays(1), result.OpensOn);
    }

    [Fact]
    public void A_recency_blocked_ask_says_what_blocks_it_and_the_day_it_opens()
    {
        var result = Evaluate(Contact().ConnectedDaysAgo(5).Gave(daysAgo: 1, times: 3));

        Assert.Equal(AskState.GiveFirst, result.State);
        Assert.Equal([true, false], result.Checks.Select(c => c.Met));
        Assert.Equal("connected 5 days ago — the first ask opens on 24 Jan (14 days after connecting)", result.Checks[1].Text);
        Assert.Equal(new DateOnly(2026, 1, 24), result.OpensOn);
    }

    [Fact]
    public void An_ask_blocked_by_gives_and_by_time_has_no_opening_day_time_alone_cannot_earn_it()
    {
        var result = Evaluate(Contact().ConnectedDaysAgo(5).Gave(daysAgo: 1));

        Assert.Equal([false, false], result.Checks.Select(c => c.Met));
        Assert.Null(result.OpensOn);
    }

    [Fact]
    public void A_connection_made_years_ago_reads_in_years_never_in_thousands_of_days()
    {
        var result = Evaluate(Contact().ConnectedDaysAgo(4157).Gave(daysAgo: 1));

        Assert.Contains("connected 11 years ago ✓", result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("4157", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void More_gives_than_needed_are_counted_without_reading_as_a_fraction()
    {
        var result = Evaluate(Contact().ConnectedDaysAgo(60).Gave(daysAgo: 1, times: 5));

        Assert.Equal(AskState.AskEarned, result.State);
        Assert.StartsWith("5 gives (3 needed) ✓ · ", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Last_ask_exactly_the_minimum_days_ago_allows_the_next()
    {
        var result = Evaluate(Contact().Asked(daysAgo: 30).Gave(daysAgo: 5, times: 3));

        Assert.Equal(AskState.AskEarned, result.State);
        Assert.Equal(30, result.DaysSinceLastAsk);
    }

    [Fact]
    public void Last_ask_one_day_short_of_the_minimum_is_give_first()
    {
        var result = Evaluate(Contact().Asked(daysAgo: 29).Gave(daysAgo: 5, times: 3));

        Assert.Equal(AskState.GiveFirst, result.State);
        Assert.EndsWith("last ask 29 days ago — the next ask opens on 16 Jan (30 days between asks) ✗", result.Reason);
        Assert.StartsWith("3 of 3 gives since your last ask ✓", result.Reason, StringComparison.Ordinal);
        Assert.Equal(Today.AddDays(1), result.OpensOn);
    }

    [Fact]
    public void Gives_before_the_last_ask_do_not_count_towards_the_next()
    {
        var result = Evaluate(Contact().Gave(daysAgo: 60, times: 5).Asked(daysAgo: 40).Gave(daysAgo: 3, times: 2));

        Assert.Equal(AskState.GiveFirst, result.State);
        Assert.Equal(2, result.GivesSinceLastAsk);
    }

    [Fact]
    public void A_contact_not_connected_yet_cannot_be_asked()
    {
        var result = Evaluate(Contact().NotConnected().Gave(daysAgo: 1, times: 5));

        Assert.Equal(AskState.GiveFirst, result.State);
        Assert.Contains("not connected yet", result.Reason);
    }

    [Fact]
    public void More_asks_than_gives_in_the_window_is_overdrawn_even_when_otherwise_earned()
    {
        // Old gives earned plenty, but lately I asked twice and gave once.
        var builder = Contact().Gave(daysAgo: 200, times: 6).Asked(daysAgo: 80).Gave(daysAgo: 70).Asked(daysAgo: 40);

        var result = Evaluate(builder);

        Assert.Equal(AskState.Overdrawn, result.State);
        Assert.StartsWith("2 asks vs 1 give in the last 90 days — give 1 more before asking again ✗", result.Reason);
        Assert.Null(result.OpensOn);
    }

    [Fact]
    public void As_many_asks_as_gives_in_the_window_is_not_overdrawn()
    {
        var result = Evaluate(Contact().Asked(daysAgo: 80).Gave(daysAgo: 70));

        Assert.NotEqual(AskState.Overdrawn, result.State);
    }

    [Fact]
    public void An_ask_89_days_ago_is_inside_the_window_and_90_days_ago_outside()
    {
        var inside = Contact().Asked(daysAgo: 89, hour: 0).Build(Noon);
        var outside = Contact().Asked(daysAgo: 90, hour: 23).Build(Noon);

        Assert.Equal(1, inside.AsksInWindow);
        Assert.Equal(AskState.Overdrawn, AskReadiness.Evaluate(inside, Defaults, Noon, NewYork).State);
        Assert.Equal(0, outside.AsksInWindow);
        Assert.NotEqual(AskState.Overdrawn, AskReadiness.Evaluate(outside, Defaults, Noon, NewYork).State);
    }

    [Fact]
    public void An_ask_at_23_30_local_is_a_day_earlier_than_one_at_00_30_local_on_the_same_utc_date()
    {
        // 23:30 and 00:30 New York are 04:30 and 05:30 UTC of the same UTC date: only local days tell them apart.
        var lateEvening = UtcAt(Today.AddDays(-30), 23, 30);
        var afterMidnight = UtcAt(Today.AddDays(-29), 0, 30);
        Assert.Equal(lateEvening.Date, afterMidnight.Date);

        var askedLateEvening = Evaluate(Contact().At(InteractionDirection.Ask, lateEvening).Gave(daysAgo: 2, times: 3));
        var askedAfterMidnight = Evaluate(Contact().At(InteractionDirection.Ask, afterMidnight).Gave(daysAgo: 2, times: 3));

        Assert.Equal(AskState.AskEarned, askedLateEvening.State);
        Assert.Equal(AskState.GiveFirst, askedAfterMidnight.State);
    }

    [Fact]
    public void Days_since_connecting_turn_over_at_local_midnight_not_utc_midnight()
    {
        var builder = Contact().ConnectedDaysAgo(14).Gave(daysAgo: 3, times: 3);
        // 23:30 the evening before is already "today" in UTC, but still yesterday for the user.
        var eveningBefore = NowAt(Today.AddDays(-1), 23, 30);
        var justAfterMidnight = NowAt(Today, 0, 30);

        Assert.Equal(Today, DateOnly.FromDateTime(eveningBefore.UtcDateTime));
        Assert.Equal(AskState.GiveFirst, Evaluate(builder, eveningBefore).State);
        Assert.Equal(AskState.AskEarned, Evaluate(builder, justAfterMidnight).State);
    }

    [Fact]
    public void Custom_thresholds_are_respected()
    {
        var settings = Defaults with { RequiredGivesBeforeAsk = 1, MinDaysBeforeFirstAsk = 0 };
        var facts = Contact().ConnectedDaysAgo(0).Gave(daysAgo: 0).Build(Noon);

        var result = AskReadiness.Evaluate(facts, settings, Noon, NewYork);

        Assert.Equal(AskState.AskEarned, result.State);
        Assert.Equal("1 of 1 gives ✓ · connected today ✓", result.Reason);
    }
}
