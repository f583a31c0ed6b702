using ValueFirst.Core.Ledger;
using ValueFirst.Core.Time;
using static ValueFirst.Core.Tests.Ledger.LedgerTime;

namespace ValueFirst.Core.Tests.Ledger;

/// <summary>
/// The stored schedule decides the same state as the full facts, on every day until it must be counted again:
/// the definition the database pages by is the one the explanations use.
/// </summary>
public sealed class LedgerScheduleTests
{
    private static readonly DateOnly Start = new(2026, 1, 15);

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5, 6, 7, 8 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_schedule_decides_the_state_and_give_turn_the_facts_decide_on_every_day_until_the_recount(int seed)
    {
        var random = new Random(seed);
        for (var contact = 0; contact < 150; contact++)
        {
            var settings = new ReadinessSettings(
                RequiredGivesBeforeAsk: random.Next(0, 4),
                MinDaysBeforeFirstAsk: random.Next(0, 20),
                MinDaysBetweenAsks: random.Next(0, 40));
            // Histories around every boundary: events up to 140 days back, connections from today to a year ago.
            var events = Enumerable.Range(0, random.Next(0, 8))
                .Select(_ => new LedgerEvent(UtcAt(Start.AddDays(-random.Next(0, 140)), random.Next(0, 24), random.Next(0, 60)),
                    random.Next(3) == 0 ? InteractionDirection.Ask : InteractionDirection.Give))
                .ToList();
            DateOnly? connectedOn = random.Next(6) == 0 ? null : Start.AddDays(-random.Next(0, 40));
            var cadence = random.Next(1, 100);

            var computedOn = Start;
            var schedule = ScheduleOn(computedOn, events, connectedOn, settings, cadence);
            for (var day = Start; day <= Start.AddDays(120); day = day.AddDays(1))
            {
                if (!schedule.IsCurrentOn(day))
                {
                    Assert.True(day > computedOn, "A schedule is current on the day it was computed.");
                    computedOn = day;
                    schedule = ScheduleOn(day, events, connectedOn, settings, cadence);
                }

                var facts = FactsOn(day, events, connectedOn);
                Assert.Equal(AskReadiness.StateOf(facts, settings, day, NewYork), schedule.StateOn(day));
                Assert.Equal(GiveCadence.Evaluate(facts, cadence, NowAt(day, 12), NewYork).DueOn, schedule.GiveDueOn);
                // What a database stores with the row on the day it was counted (the state, the give-first turn, "give
                // due") holds on every day until the recount, as a schedule made that day says.
                var fresh = ScheduleOn(day, events, connectedOn, settings, cadence);
                Assert.Equal(fresh.StateOn(day), schedule.StateOn(computedOn));
                Assert.Equal(fresh.GiveTurnOn(day), schedule.GiveTurnOn(computedOn));
                Assert.Equal(fresh.GiveIsDueOn(day), schedule.GiveIsDueOn(computedOn));
            }
        }
    }

    [Fact]
    public void An_ask_blocked_only_by_time_opens_on_the_later_of_the_two_waits()
    {
        var facts = new FactsBuilder(Start).ConnectedDaysAgo(10).Asked(daysAgo: 20).Gave(daysAgo: 2, times: 3).Build(NowAt(Start, 12));

        var schedule = LedgerSchedule.Of(facts, [Start.AddDays(-20), Start.AddDays(-2)], ReadinessSettings.Default, 90, NowAt(Start, 12), NewYork);

        // Connected + 14 = 19 Jan; last ask + 30 = 25 Jan.
        Assert.Equal(new DateOnly(2026, 1, 25), schedule.AskOpensOn);
        Assert.Equal(AskState.GiveFirst, schedule.StateOn(new DateOnly(2026, 1, 24)));
        Assert.Equal(AskState.AskEarned, schedule.StateOn(new DateOnly(2026, 1, 25)));
        // The day the state changes by time alone is a day to count the row again, before the window's.
        Assert.Equal(new DateOnly(2026, 1, 25), schedule.RecountOn);
    }

    [Fact]
    public void Short_gives_leave_the_ask_closed_whatever_the_day()
    {
        var facts = new FactsBuilder(Start).ConnectedDaysAgo(300).Gave(daysAgo: 2).Build(NowAt(Start, 12));

        var schedule = LedgerSchedule.Of(facts, [Start.AddDays(-2)], ReadinessSettings.Default, 90, NowAt(Start, 12), NewYork);

        Assert.Null(schedule.AskOpensOn);
        // The give falls due (cadence 90 after the last give) after the give leaves the window.
        Assert.Equal(Start.AddDays(88), schedule.RecountOn);
    }

    private static LedgerSchedule ScheduleOn(DateOnly day, List<LedgerEvent> events, DateOnly? connectedOn, ReadinessSettings settings, int cadence)
    {
        var facts = FactsOn(day, events, connectedOn);
        var windowStart = AskReadiness.WindowStartUtc(NowAt(day, 12), NewYork);
        var windowDays = events.Where(e => e.Direction != InteractionDirection.Received && e.OccurredUtc >= windowStart)
            .Select(e => LocalDays.DateOf(e.OccurredUtc, NewYork));
        return LedgerSchedule.Of(facts, windowDays, settings, cadence, NowAt(day, 12), NewYork);
    }

    private static ContactLedgerFacts FactsOn(DateOnly day, List<LedgerEvent> events, DateOnly? connectedOn) =>
        ContactLedgerFacts.From(events, connectedOn, AskReadiness.WindowStartUtc(NowAt(day, 12), NewYork), firstSeenOn: Start.AddDays(-30));
}
