namespace ValueFirst.Web.Features.Content;

/// <summary>One user's content calendar settings: the weekday suggestions land on and the secret of their iCalendar feed.</summary>
public sealed class ContentSettings
{
    public required string UserId { get; set; }

    /// <summary>Day of the week suggested publish dates fall on (Tuesday unless the user changes it).</summary>
    public DayOfWeek PreferredWeekday { get; set; } = DayOfWeek.Tuesday;

    /// <summary>Secret in the private feed URL <c>/calendar/{token}.ics</c>; regenerating it revokes the old URL.</summary>
    public required string FeedToken { get; set; }
}
