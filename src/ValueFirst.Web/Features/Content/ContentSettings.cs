namespace ValueFirst.Web.Features.Content;

/// <summary>One user's content calendar settings: the weekday suggestions land on and the secret of their iCalendar feed.</summary>
public sealed class ContentSettings
{
    public required string UserId { get; set; }

    /// <summary>Day of the week suggested publish dates fall on (Tuesday unless the user changes it).</summary>
    public DayOfWeek PreferredWeekday { get; set; } = DayOfWeek.Tuesday;

    /// <summary>Secret in the private feed URL <c>/calendar/{token}.ics</c>; regenerating it revokes the old URL.</summary>
    public required string FeedToken { get; set; }

    /// <summary>
    /// The user's drafts folder under the content folder: a random name (never derived from the email), or
    /// <see cref="UserFolders.ContentRootName"/> for the account that keeps the drafts already at the content folder's
    /// root. Null until the user's drafts are first read.
    /// </summary>
    public string? FolderName { get; set; }
}
