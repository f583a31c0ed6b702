using Microsoft.Extensions.Options;
using ValueFirst.Web.Infrastructure;

namespace ValueFirst.Web.Features.Content;

/// <summary>
/// Checks <c>Content:UserFolders</c> at start: each folder absolute, and none that would show one user another's
/// drafts (the content folder itself, the users' folders or anything inside them).
/// </summary>
internal sealed class ContentOptionsValidation(AppPaths paths) : IValidateOptions<ContentOptions>
{
    public ValidateOptionsResult Validate(string? name, ContentOptions options)
    {
        var errors = new List<string>();
        var usersRoot = Full(Path.Combine(paths.ContentDirectory, ContentOptions.UsersFolder));
        foreach (var (email, folder) in options.UserFolders)
        {
            var key = $"{ContentOptions.Section}:UserFolders:{email}";
            if (string.IsNullOrWhiteSpace(folder) || !Path.IsPathFullyQualified(folder))
            {
                errors.Add($"{key} must be an absolute folder path (such as /srv/valuefirst/drafts/ada), not '{folder}'.");
                continue;
            }

            var full = Full(folder);
            if (IsSameOrInside(usersRoot, full) || IsSameOrInside(full, usersRoot))
            {
                errors.Add($"{key} is '{folder}', which holds or is inside the users' folders ({usersRoot}): every user would see others' drafts. Point it at a folder of that user's own.");
            }
        }

        foreach (var group in options.UserFolders.Where(f => !string.IsNullOrWhiteSpace(f.Value) && Path.IsPathFullyQualified(f.Value)).GroupBy(f => Full(f.Value)).Where(g => g.Count() > 1))
        {
            errors.Add($"{ContentOptions.Section}:UserFolders gives the folder {group.Key} to {string.Join(" and ", group.Select(f => f.Key))}: each user needs a folder of their own.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsSameOrInside(string folder, string candidate) =>
        candidate == folder || candidate.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
