namespace ValueFirst.Web.Features.Content;

/// <summary>Where a user's drafts live.</summary>
public enum UserFolderKind
{
    /// <summary>A folder of their own under the content folder's <c>users</c> folder.</summary>
    Own,

    /// <summary>The content folder itself, less the <c>users</c> folder: the drafts an install had before it had users.</summary>
    ContentRoot,

    /// <summary>A folder an administrator set for them (<c>Content:UserFolders</c>).</summary>
    Configured,
}
