using ValueFirst.Core.Relationships;

namespace ValueFirst.Core.Tests.Relationships;

public sealed class EngagementProgramTests
{
    private static readonly DateOnly Connected = new(2026, 3, 2);
    private static readonly ChannelLink Blog = new("blog", "https://example.com/blog");
    private static readonly EngagementSettings WithBlog = EngagementSettings.Default with { Channels = [Blog] };
    private const int NoAskDays = 14;

    private static NewConnection Contact(DateOnly? welcomed = null, DateOnly? asked = null, bool hasAnswers = false, DateOnly? invited = null) =>
        new(1, "Nina New", "Fjord", Connected, welcomed, asked, hasAnswers, invited);

    private static PathStep? StepOnDay(NewConnection contact, int day, EngagementSettings? settings = null, int noAskDays = NoAskDays) =>
        EngagementProgram.Next(contact, settings ?? WithBlog, noAskDays, Connected.AddDays(day))?.Step;

    [Fact]
    public void The_welcome_is_a_give_and_comes_on_the_day_of_connecting_inside_the_no_ask_window() =>
        Assert.Equal(PathStep.Welcome, StepOnDay(Contact(), 0));

    [Fact]
    public void The_three_questions_come_a_week_after_connecting_and_only_after_the_welcome()
    {
        var welcomed = Contact(welcomed: Connected);

        Assert.Null(StepOnDay(welcomed, 6));
        Assert.Equal(PathStep.LearnAnswers, StepOnDay(welcomed, 7));
        Assert.Equal(PathStep.Welcome, StepOnDay(Contact(), 10));
    }

    [Theory]
    [InlineData(7, 13, false)]
    [InlineData(7, 14, true)]
    [InlineData(0, 14, true)]
    [InlineData(21, 20, false)]
    [InlineData(21, 21, true)]
    public void The_invitation_to_your_channels_never_opens_inside_the_no_ask_window(int channelDay, int day, bool due)
    {
        var settings = WithBlog with { ChannelDay = channelDay };
        var ready = Contact(welcomed: Connected, asked: Connected.AddDays(7));

        Assert.Equal(due ? PathStep.InviteToChannel : null, StepOnDay(ready, day, settings));
    }

    [Fact]
    public void The_window_is_the_users_readiness_setting_and_the_page_says_why_the_day_moved()
    {
        var settings = WithBlog with { ChannelDay = 7 };
        var steps = EngagementProgram.Steps(Contact(), settings, minDaysBeforeFirstAsk: 30, Connected.AddDays(1));

        var invite = steps.Single(s => s.Step == PathStep.InviteToChannel);
        Assert.Equal(Connected.AddDays(30), invite.DueOn);
        Assert.Equal("30 days after connecting: your setting says 7, but no request comes inside the 30-day no-ask window", invite.Note);
    }

    [Fact]
    public void Without_a_blog_newsletter_or_group_there_is_no_invitation_step()
    {
        var steps = EngagementProgram.Steps(Contact(), EngagementSettings.Default, NoAskDays, Connected);

        Assert.Equal([PathStep.Welcome, PathStep.LearnAnswers], steps.Select(s => s.Step));
    }

    [Fact]
    public void Answers_already_known_skip_the_questions()
    {
        var steps = EngagementProgram.Steps(Contact(welcomed: Connected, hasAnswers: true), WithBlog, NoAskDays, Connected.AddDays(8));

        Assert.DoesNotContain(steps, s => s.Step == PathStep.LearnAnswers);
        Assert.Null(StepOnDay(Contact(welcomed: Connected, hasAnswers: true), 8));
    }

    [Fact]
    public void A_step_set_to_no_day_is_left_out_of_the_sequence()
    {
        var settings = WithBlog with { WelcomeDay = null };

        Assert.Equal(PathStep.LearnAnswers, StepOnDay(Contact(), 7, settings));
    }

    [Theory]
    [InlineData(41, true)]
    [InlineData(42, false)]
    public void The_program_runs_for_its_length_then_steps_not_done_are_dropped(int day, bool inProgram)
    {
        Assert.Equal(inProgram, EngagementProgram.IsInProgram(Contact(), WithBlog, Connected.AddDays(day)));
        Assert.Equal(inProgram ? PathStep.Welcome : null, StepOnDay(Contact(), day));
    }

    [Fact]
    public void A_contact_without_a_connection_date_is_not_in_the_program() =>
        Assert.Empty(EngagementProgram.Steps(Contact() with { ConnectedOn = null }, WithBlog, NoAskDays, Connected));

    [Fact]
    public void Done_steps_are_listed_with_their_day()
    {
        var steps = EngagementProgram.Steps(Contact(welcomed: Connected.AddDays(1)), WithBlog, NoAskDays, Connected.AddDays(3));

        Assert.Equal(Connected.AddDays(1), steps[0].DoneOn);
        Assert.All(steps.Skip(1), s => Assert.False(s.Done));
    }
}
