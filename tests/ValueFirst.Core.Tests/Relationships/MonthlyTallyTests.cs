using ValueFirst.Core.Ledger;
using ValueFirst.Core.Relationships;

namespace ValueFirst.Core.Tests.Relationships;

public class MonthlyTallyTests
{
    // A database counts each month between MonthStartUtc's instants; that must agree with placing every instant in its
    // local month, across a daylight-saving change and at the months' edges.
    [Fact]
    public void Counting_between_month_starts_agrees_with_placing_each_interaction_in_its_local_month()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var today = new DateOnly(2026, 11, 15);
        var byInstant = new MonthlyTally(today, zone);
        var byRange = new MonthlyTally(today, zone);
        var random = new Random(7);
        var instants = new List<(DateTime At, InteractionDirection Direction)>();
        for (var month = 0; month <= MonthlyTally.Months; month++)
        {
            var start = byInstant.MonthStartUtc(month);
            foreach (var offset in new[] { TimeSpan.Zero, TimeSpan.FromTicks(-1), TimeSpan.FromMinutes(-61), TimeSpan.FromHours(1), TimeSpan.FromDays(random.Next(1, 27)) })
            {
                instants.Add((start + offset, (InteractionDirection)random.Next(0, 3)));
            }
        }

        foreach (var (at, direction) in instants)
        {
            byInstant.Add(at, direction);
        }

        for (var month = 0; month < MonthlyTally.Months; month++)
        {
            var from = byRange.MonthStartUtc(month);
            var until = byRange.MonthStartUtc(month + 1);
            foreach (var direction in Enum.GetValues<InteractionDirection>())
            {
                byRange.Add(month, direction, instants.Count(i => i.Direction == direction && i.At >= from && i.At < until));
            }
        }

        for (var month = 0; month < MonthlyTally.Months; month++)
        {
            foreach (var direction in Enum.GetValues<InteractionDirection>())
            {
                Assert.Equal(byInstant.Count(month, direction), byRange.Count(month, direction));
            }
        }

        Assert.True(Enumerable.Range(0, MonthlyTally.Months).Sum(m => byInstant.Count(m, InteractionDirection.Give)) > 0);
    }
}
