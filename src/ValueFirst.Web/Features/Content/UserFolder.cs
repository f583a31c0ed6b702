using ValueFirst.Core.Content;

namespace ValueFirst.Web.Features.Content;

/// <summary>One user's drafts folder and how it came to be theirs.</summary>
public sealed record UserFolder(ContentFolder Folder, UserFolderKind Kind);
