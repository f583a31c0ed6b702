namespace ValueFirst.Web.Features.Content;

/// <summary>The <c>Content</c> settings: folders an administrator points at for particular users.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The sub-folder of <c>ValueFirst:ContentPath</c> that holds one folder per user.</summary>
    public const string UsersFolder = "users";

    /// <summary>
    /// A user's drafts folder by the email they sign in with (<c>Content:UserFolders:ada@example.com</c> =
    /// <c>/srv/drafts/ada</c>), e.g. a git checkout: an absolute path outside the other users' folders.
    /// Users not listed get a folder of their own under <c>ValueFirst:ContentPath</c>.
    /// </summary>
    public Dictionary<string, string> UserFolders { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
