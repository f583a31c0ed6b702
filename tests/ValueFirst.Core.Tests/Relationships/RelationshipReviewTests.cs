using ValueFirst.Core.Relationships;

namespace ValueFirst.Core.Tests.Relationships;

public sealed class RelationshipReviewTests
{
    private static readonly DateOnly Today = new(2026, 9, 15);
    private static readonly DateOnly SixMonthsAgo = new(2026, 3, 15);

    private static OneWayEffort Effort(int gives = 5, DateOnly? firstGive = null, DateOnly? received = null, DateOnly? reply = null,
        DateOnly? reviewed = null, ReviewDecision? decision = null) =>
        new(1, "Olga One-Way", "Acme", gives, firstGive ?? SixMonthsAgo, received, reply, reviewed, decision);

    private static bool Selected(OneWayEffort effort) => RelationshipReview.Select([effort], ReviewRules.Default, Today).Count == 1;

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void Five_gives_are_sustained_effort_four_are_not(int gives, bool selected) =>
        Assert.Equal(selected, Selected(Effort(gives)));

    [Fact]
    public void The_effort_must_span_six_months_to_the_day()
    {
        Assert.True(Selected(Effort(firstGive: SixMonthsAgo)));
        Assert.False(Selected(Effort(firstGive: SixMonthsAgo.AddDays(1))));
    }

    [Fact]
    public void A_reply_in_imported_messages_since_the_first_give_takes_it_off_the_list()
    {
        Assert.False(Selected(Effort(reply: SixMonthsAgo)));
        Assert.True(Selected(Effort(reply: SixMonthsAgo.AddDays(-1))));
    }

    [Theory]
    [InlineData(89, false)]
    [InlineData(90, true)]
    public void A_relationship_you_chose_to_continue_comes_back_after_the_revisit_days(int daysAgo, bool selected) =>
        Assert.Equal(selected, Selected(Effort(reviewed: Today.AddDays(-daysAgo), decision: ReviewDecision.Continue)));

    [Fact]
    public void The_thresholds_are_settings()
    {
        var rules = new ReviewRules(MinGives: 3, MinMonths: 2, RevisitDays: 30);

        Assert.Single(RelationshipReview.Select([Effort(gives: 3, firstGive: Today.AddMonths(-2))], rules, Today));
    }

    [Fact]
    public void Most_effort_first_with_the_reason_in_words()
    {
        var lesser = Effort(gives: 6) with { ContactId = 2, Name = "Less" };
        var most = Effort(gives: 9, firstGive: new DateOnly(2025, 8, 1), received: new DateOnly(2025, 7, 20)) with { ContactId = 3, Name = "Most" };

        var selected = RelationshipReview.Select([lesser, most], ReviewRules.Default, Today);

        Assert.Equal(["Most", "Less"], selected.Select(c => c.Effort.Name));
        Assert.Equal("9 gives since 1 Aug 2025 (13 months), nothing received since 20 Jul 2025", selected[0].Reason);
        Assert.Equal("6 gives since 15 Mar (6 months), nothing received", selected[1].Reason);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("2026-06-30", true)]
    [InlineData("2026-07-01", false)]
    public void The_review_is_due_once_per_calendar_quarter(string? lastReview, bool due) =>
        Assert.Equal(due, RelationshipReview.IsDue(lastReview is null ? null : DateOnly.Parse(lastReview, System.Globalization.CultureInfo.InvariantCulture), Today));
}
