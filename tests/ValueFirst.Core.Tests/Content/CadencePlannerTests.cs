using ValueFirst.Core.Content;
using static ValueFirst.Core.Tests.Content.ContentItemBuilder;

namespace ValueFirst.Core.Tests.Content;

public sealed class CadencePlannerTests
{
    // Thursday 2026-11-05: Q4 2026, the horizon runs 2026-10 .. 2027-09.
    private static readonly DateOnly Today = new(2026, 11, 5);

    private static CadencePlan Plan(DayOfWeek weekday = DayOfWeek.Tuesday, DateOnly? today = null, int months = 12, params ContentItem[] items) =>
        CadencePlanner.Plan(items, new PlanOptions(today ?? Today, months, weekday));

    private static MonthPlan Month(CadencePlan plan, int year, int month) =>
        plan.Months.Single(m => m.Month == new CalendarMonth(year, month));

    private static QuarterState Quarter(CadencePlan plan, int year, int quarter) =>
        plan.Quarters.Single(q => q.Quarter == new CalendarQuarter(year, quarter)).State;

    [Fact]
    public void Horizon_starts_at_the_current_quarter_and_spans_twelve_months()
    {
        var plan = Plan();

        Assert.Equal(12, plan.Months.Count);
        Assert.Equal("2026-10", plan.Months[0].Month.ToString());
        Assert.Equal("2027-09", plan.Months[^1].Month.ToString());
        Assert.Equal(["2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3"], plan.Quarters.Select(q => q.Quarter.ToString()));
    }

    [Fact]
    public void Month_with_an_own_article_is_own_whatever_its_status()
    {
        var plan = Plan(items: [Article().WithStatus(ContentStatus.Idea).On(2026, 12, 8), Share().On(2026, 12, 1)]);

        Assert.Equal(MonthState.Own, Month(plan, 2026, 12).State);
    }

    [Fact]
    public void Month_with_only_shares_is_shared_not_gap()
    {
        var plan = Plan(items: [Share().WithStatus(ContentStatus.Published).On(2027, 1, 19)]);

        Assert.Equal(MonthState.Shared, Month(plan, 2027, 1).State);
    }

    [Fact]
    public void Month_with_nothing_dated_is_a_gap()
    {
        var plan = Plan(items: [Article().On(2027, 1, 19)]);

        Assert.Equal(MonthState.Gap, Month(plan, 2027, 2).State);
    }

    [Fact]
    public void Suggestion_shows_in_its_month_but_leaves_the_month_a_gap()
    {
        var plan = Plan(items: [Article().WithStatus(ContentStatus.Ready)]);

        var november = Month(plan, 2026, 11);
        Assert.Equal(MonthState.Gap, november.State);
        var suggestion = Assert.Single(november.Items);
        Assert.True(suggestion.Suggested);
    }

    [Fact]
    public void Quarter_with_a_published_item_is_met()
    {
        var plan = Plan(items: [Share().WithStatus(ContentStatus.Published).On(2026, 10, 13)]);

        Assert.Equal(QuarterState.Met, Quarter(plan, 2026, 4));
    }

    [Fact]
    public void Past_quarter_without_anything_published_is_missed_even_with_drafts_dated_in_it()
    {
        var plan = CadencePlanner.Plan(
            [Article().WithStatus(ContentStatus.Ready).On(2026, 8, 11)],
            new PlanOptions(Today) { Start = new DateOnly(2026, 7, 1) });

        Assert.Equal(QuarterState.Missed, Quarter(plan, 2026, 3));
    }

    [Fact]
    public void Past_quarter_with_something_published_is_met()
    {
        var plan = CadencePlanner.Plan(
            [Share().WithStatus(ContentStatus.Published).On(2026, 8, 11)],
            new PlanOptions(Today) { Start = new DateOnly(2026, 7, 1) });

        Assert.Equal(QuarterState.Met, Quarter(plan, 2026, 3));
    }

    [Fact]
    public void Quarter_with_items_dated_but_none_published_is_planned()
    {
        var plan = Plan(items: [Article().WithStatus(ContentStatus.Draft).On(2027, 2, 9)]);

        Assert.Equal(QuarterState.Planned, Quarter(plan, 2027, 1));
    }

    [Fact]
    public void Current_quarter_with_nothing_dated_and_six_weeks_left_is_at_risk()
    {
        // 2026-11-19 to 2026-12-31 is 43 days; 2026-11-20 leaves exactly 42.
        Assert.Equal(QuarterState.Open, Quarter(Plan(today: new DateOnly(2026, 11, 19)), 2026, 4));
        Assert.Equal(QuarterState.AtRisk, Quarter(Plan(today: new DateOnly(2026, 11, 20)), 2026, 4));
    }

    [Fact]
    public void Current_quarter_with_only_ideas_dated_and_six_weeks_left_is_at_risk()
    {
        var plan = Plan(today: new DateOnly(2026, 12, 1), items: [Article().WithStatus(ContentStatus.Idea).On(2026, 12, 15)]);

        Assert.Equal(QuarterState.AtRisk, Quarter(plan, 2026, 4));
    }

    [Fact]
    public void Current_quarter_with_a_draft_dated_is_planned_not_at_risk_near_its_end()
    {
        var plan = Plan(today: new DateOnly(2026, 12, 1), items: [Article().WithStatus(ContentStatus.Draft).On(2026, 12, 15)]);

        Assert.Equal(QuarterState.Planned, Quarter(plan, 2026, 4));
    }

    [Fact]
    public void Future_quarter_with_nothing_dated_is_open()
    {
        var plan = Plan();

        Assert.Equal(QuarterState.Open, Quarter(plan, 2027, 2));
    }

    [Fact]
    public void Undated_drafts_go_into_the_earliest_gaps_ready_then_draft_then_idea()
    {
        var idea = Article().WithStatus(ContentStatus.Idea).At("idea.md").Build();
        var draft = Article().WithStatus(ContentStatus.Draft).At("draft.md").Build();
        var ready = Article().WithStatus(ContentStatus.Ready).At("ready.md").Build();

        var plan = Plan(items: [idea, draft, ready, Article().On(2026, 12, 8)]);

        var suggestions = plan.Suggestions.ToList();
        Assert.Equal(["ready.md", "draft.md", "idea.md"], suggestions.Select(s => s.Item.Path));
        Assert.Equal([new DateOnly(2026, 11, 10), new DateOnly(2027, 1, 5), new DateOnly(2027, 2, 2)], suggestions.Select(s => s.Date));
    }

    [Fact]
    public void Among_equally_ready_drafts_the_older_file_is_placed_first()
    {
        var newer = Article().WithStatus(ContentStatus.Ready).At("a-newer.md").ModifiedOn(2026, 10, 1).Build();
        var older = Article().WithStatus(ContentStatus.Ready).At("b-older.md").ModifiedOn(2026, 3, 1).Build();

        var plan = Plan(items: [newer, older]);

        Assert.Equal(["b-older.md", "a-newer.md"], plan.Suggestions.Select(s => s.Item.Path));
    }

    [Fact]
    public void Files_of_the_same_age_are_placed_in_path_order()
    {
        var plan = Plan(items: [Article().At("z.md"), Article().At("a.md")]);

        Assert.Equal(["a.md", "z.md"], plan.Suggestions.Select(s => s.Item.Path));
    }

    [Fact]
    public void Suggestions_fall_on_the_preferred_weekday_not_before_today()
    {
        var plan = Plan(weekday: DayOfWeek.Friday, items: [Article(), Article()]);

        var dates = plan.Suggestions.Select(s => s.Date).ToList();
        Assert.All(dates, d => Assert.Equal(DayOfWeek.Friday, d.DayOfWeek));
        Assert.Equal(new DateOnly(2026, 11, 6), dates[0]);
        Assert.Equal(new DateOnly(2026, 12, 4), dates[1]);
    }

    [Fact]
    public void Past_gap_months_get_no_suggestion()
    {
        var plan = Plan(items: [Article()]);

        Assert.Empty(Month(plan, 2026, 10).Items);
        Assert.False(Month(plan, 2026, 10).NeedsDraft);
    }

    [Fact]
    public void Current_month_after_its_last_preferred_weekday_is_skipped()
    {
        // 2026-11-25 is a Wednesday: no Tuesday left in November.
        var plan = Plan(today: new DateOnly(2026, 11, 25), items: [Article()]);

        Assert.Equal(new DateOnly(2026, 12, 1), Assert.Single(plan.Suggestions).Date);
    }

    [Fact]
    public void Published_and_dated_items_are_never_suggested()
    {
        var plan = Plan(items: [Article().WithStatus(ContentStatus.Published), Article().On(2027, 3, 2)]);

        Assert.Empty(plan.Suggestions);
    }

    [Fact]
    public void Gap_months_left_after_every_draft_is_placed_say_no_draft_left()
    {
        var plan = Plan(items: [Article().WithStatus(ContentStatus.Ready), Share().On(2026, 12, 1)]);

        Assert.False(Month(plan, 2026, 11).NeedsDraft); // got the suggestion
        Assert.False(Month(plan, 2026, 12).NeedsDraft); // shared, not a gap
        Assert.All(plan.Months.Where(m => m.Month.First >= new DateOnly(2027, 1, 1)), m => Assert.True(m.NeedsDraft));
    }

    [Fact]
    public void Drafts_beyond_the_open_gaps_are_left_unplaced()
    {
        var plan = Plan(months: 3, items: [Article().At("a.md"), Article().At("b.md"), Article().At("c.md")]);

        Assert.Equal(["c.md"], plan.Unplaced.Select(i => i.Path));
    }

    [Fact]
    public void Next_due_is_the_earliest_unpublished_item_from_today_fixed_before_suggested()
    {
        var plan = Plan(items:
        [
            Article().WithStatus(ContentStatus.Published).On(2026, 11, 10),
            Article().WithStatus(ContentStatus.Draft).On(2026, 11, 3),
            Article().At("later.md").WithStatus(ContentStatus.Draft).On(2027, 1, 12),
            Article().At("undated.md").WithStatus(ContentStatus.Ready),
        ]);

        var next = plan.NextDue;

        Assert.NotNull(next);
        Assert.Equal("undated.md", next.Item.Path);
        Assert.True(next.Suggested);
        Assert.Equal(new DateOnly(2026, 12, 1), next.Date);
    }

    [Fact]
    public void Next_due_is_null_when_nothing_unpublished_lies_ahead()
    {
        var plan = Plan(items: [Article().WithStatus(ContentStatus.Published).On(2026, 11, 10)]);

        Assert.Null(plan.NextDue);
        Assert.Equal(new CalendarQuarter(2026, 4), plan.CurrentQuarter.Quarter);
        Assert.Equal(QuarterState.Met, plan.CurrentQuarter.State);
    }

    [Fact]
    public void A_draft_written_for_a_month_is_suggested_its_first_preferred_weekday_still_ahead()
    {
        // Today is Thursday 5 November 2026.
        Assert.Equal(new DateOnly(2026, 11, 10), CadencePlanner.SuggestedDateIn(new CalendarMonth(2026, 11), Today, DayOfWeek.Tuesday));
        Assert.Equal(new DateOnly(2026, 11, 5), CadencePlanner.SuggestedDateIn(new CalendarMonth(2026, 11), Today, DayOfWeek.Thursday));
        Assert.Equal(new DateOnly(2027, 3, 2), CadencePlanner.SuggestedDateIn(new CalendarMonth(2027, 3), Today, DayOfWeek.Tuesday));
        Assert.Null(CadencePlanner.SuggestedDateIn(new CalendarMonth(2026, 10), Today, DayOfWeek.Tuesday));
        Assert.Null(CadencePlanner.SuggestedDateIn(new CalendarMonth(2026, 11), new DateOnly(2026, 11, 26), DayOfWeek.Tuesday));
    }
}
