namespace ValueFirst.Core.Relationships;

/// <summary>
/// The engagement program a new connection gets over their first weeks: a step is due so many days after connecting;
/// a null day leaves the step out. Defaults: the welcome at once, the three questions after a week, the invitation to
/// the user's channels after two weeks (never inside the no-ask window), all within six weeks.
/// </summary>
/// <param name="LengthDays">After this many days the program is over: steps not done are dropped.</param>
/// <param name="Channels">The user's blog, newsletter or group; without any, the invitation step is left out.</param>
public sealed record EngagementSettings(
    int? WelcomeDay = 0,
    int? AnswersDay = 7,
    int? ChannelDay = 14,
    int LengthDays = 42,
    IReadOnlyList<ChannelLink>? Channels = null)
{
    public static EngagementSettings Default { get; } = new();

    public IReadOnlyList<ChannelLink> ChannelLinks => Channels ?? [];

    /// <summary>The configured day of a step; null when the step is off.</summary>
    public int? DayOf(PathStep step) => step switch
    {
        PathStep.Welcome => WelcomeDay,
        PathStep.LearnAnswers => AnswersDay,
        PathStep.InviteToChannel => ChannelDay,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Not an engagement step."),
    };
}
