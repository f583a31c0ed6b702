using ValueFirst.Core.Content;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Relationships;
using ValueFirst.Core.Tests.Content;

namespace ValueFirst.Core.Tests.Relationships;

public sealed class YearAtAGlanceTests
{
    private static readonly TimeZoneInfo Auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Fact]
    public void Twelve_months_end_with_this_month_and_an_interaction_counts_in_the_users_month()
    {
        var tally = new MonthlyTally(Today, Auckland);
        // 31 Oct 12:00 UTC is already 1 Nov in Auckland.
        tally.Add(new DateTime(2026, 10, 31, 12, 0, 0, DateTimeKind.Utc), InteractionDirection.Give);
        tally.Add(new DateTime(2026, 10, 30, 12, 0, 0, DateTimeKind.Utc), InteractionDirection.Ask);
        tally.Add(new DateTime(2025, 11, 30, 12, 0, 0, DateTimeKind.Utc), InteractionDirection.Received);
        // Before the first month: not counted.
        tally.Add(new DateTime(2025, 10, 15, 12, 0, 0, DateTimeKind.Utc), InteractionDirection.Give);

        var year = YearAtAGlance.Build(tally, [], givesGoal: 8, networkSize: 0, reached: 0);

        Assert.Equal(new DateOnly(2025, 12, 1), tally.FirstMonth);
        Assert.Equal(12, year.Months.Count);
        Assert.Equal(new DateOnly(2026, 11, 1), year.Months[^1].Month);
        Assert.Equal((1, 0), (year.Months[^1].Gives, year.Months[^1].Asks));
        Assert.Equal(1, year.Months[^2].Asks);
        Assert.Equal(1, year.Months[0].Received);
        Assert.Equal(3, year.Months.Sum(m => m.Gives + m.Asks + m.Received));
    }

    [Fact]
    public void Articles_and_shares_published_count_in_their_month_drafts_do_not()
    {
        var content = new[]
        {
            ContentItemBuilder.Article().WithStatus(ContentStatus.Published).On(2026, 11, 3).Build(),
            ContentItemBuilder.Share().WithStatus(ContentStatus.Published).On(2026, 11, 17).Build(),
            ContentItemBuilder.Article().WithStatus(ContentStatus.Ready).On(2026, 10, 6).Build(),
            ContentItemBuilder.Article().WithStatus(ContentStatus.Published).On(2024, 1, 6).Build(),
        };

        var year = YearAtAGlance.Build(new MonthlyTally(Today, Auckland), content, givesGoal: 8, networkSize: 0, reached: 0);

        Assert.Equal(2, year.Months[^1].Published);
        Assert.Equal(0, year.Months[^2].Published);
        Assert.Equal(1, year.MonthsWithContent);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(800, 200, 25)]
    [InlineData(3, 2, 67)]
    public void The_share_of_the_network_reached_is_a_whole_percent(int network, int reached, int percent) =>
        Assert.Equal(percent, YearAtAGlance.Build(new MonthlyTally(Today, Auckland), [], 8, network, reached).ReachedPercent);

    [Theory]
    [InlineData(10, 4, 3, 3)]
    [InlineData(10, 4, 9, 4)] // never more than were reached
    [InlineData(10, 4, -1, 0)]
    public void Those_in_touch_only_by_message_are_part_of_those_reached(int network, int reached, int byMessage, int expected) =>
        Assert.Equal(expected, YearAtAGlance.Build(new MonthlyTally(Today, Auckland), [], 8, network, reached, byMessage).ByMessageOnly);
}
