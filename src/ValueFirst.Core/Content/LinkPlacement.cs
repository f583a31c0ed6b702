namespace ValueFirst.Core.Content;

/// <summary>Where a post puts the article's link: LinkedIn shows posts with an outside link to fewer people, so many writers put it in the first comment.</summary>
public enum LinkPlacement
{
    /// <summary>A "Read the full article" line in the post.</summary>
    InPost,

    /// <summary>A "Link in the first comment" line in the post; the link is the comment's text.</summary>
    FirstComment,
}
