using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ValueFirst.Core.Content;
using ValueFirst.Web.Data;
using ValueFirst.Web.Infrastructure;

namespace ValueFirst.Web.Features.Content;

/// <summary>
/// Finds a user's drafts folder, giving them one the first time: the folder an administrator configured for their
/// email (<c>Content:UserFolders</c>); else, for the install's first account (the administrator, or the only
/// account), the drafts already at the root of <c>ValueFirst:ContentPath</c>, read in place, less the <c>users</c>
/// folder; else a folder of their own, <c>users/&lt;random name&gt;</c>. The choice is kept in their
/// <see cref="ContentSettings"/>, so it survives restarts and never depends on the email.
/// </summary>
public sealed class UserFolders(
    IDbContextFactory<ApplicationDbContext> dbFactory,
    ContentSettingsService settings,
    IOptions<ContentOptions> contentOptions,
    IOptions<ValueFirstOptions> appOptions,
    AppPaths paths,
    ILogger<UserFolders> logger)
{
    /// <summary>The <see cref="ContentSettings.FolderName"/> of the account that keeps the content folder's root drafts.</summary>
    public const string ContentRootName = ".";

    public async Task<UserFolder> ResolveAsync(string ownerId, CancellationToken ct = default)
    {
        var maxDraftBytes = appOptions.Value.MaxDraftBytes;
        if (contentOptions.Value.UserFolders.Count > 0)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var email = await db.Users.Where(u => u.Id == ownerId).Select(u => u.Email).SingleOrDefaultAsync(ct);
            if (email is not null && contentOptions.Value.UserFolders.TryGetValue(email, out var configured))
            {
                return new UserFolder(new ContentFolder(configured, maxDraftBytes: maxDraftBytes), UserFolderKind.Configured);
            }
        }

        var name = (await settings.GetAsync(ownerId)).FolderName ?? await AssignAsync(ownerId, ct);
        if (name == ContentRootName)
        {
            return new UserFolder(new ContentFolder(paths.ContentDirectory, [ContentOptions.UsersFolder], maxDraftBytes), UserFolderKind.ContentRoot);
        }

        var own = new ContentFolder(Path.Combine(paths.ContentDirectory, ContentOptions.UsersFolder, name), maxDraftBytes: maxDraftBytes);
        own.EnsureCreated();
        return new UserFolder(own, UserFolderKind.Own);
    }

    private async Task<string> AssignAsync(string ownerId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var claimed = await KeepsRootDraftsAsync(db, ownerId, ct) && await TryClaimAsync(db, ownerId, ContentRootName, lastTry: false, ct);
        // 80 random bits do not collide; a third failure is the database's (busy, down), not the name's: let it show.
        for (var attempt = 1; !claimed; attempt++)
        {
            claimed = await TryClaimAsync(db, ownerId, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10)), lastTry: attempt == 3, ct);
        }

        var name = await db.Set<ContentSettings>().Where(s => s.UserId == ownerId).Select(s => s.FolderName).SingleAsync(ct);
        logger.LogInformation("Drafts of user {UserId} are in {Folder}", ownerId, name == ContentRootName ? "the content folder's root" : $"{ContentOptions.UsersFolder}/{name}");
        return name!;
    }

    // The first account: an administrator (the first account registered gets the role) or the only account there
    // is, and only while no one else has the root drafts.
    private static async Task<bool> KeepsRootDraftsAsync(ApplicationDbContext db, string ownerId, CancellationToken ct)
    {
        if (await db.Set<ContentSettings>().AnyAsync(s => s.FolderName == ContentRootName, ct))
        {
            return false;
        }

        var isAdministrator = await (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            where userRole.UserId == ownerId && role.Name == FirstUserAdmin.Role
            select userRole).AnyAsync(ct);
        return isAdministrator || await db.Users.CountAsync(ct) == 1;
    }

    // Sets the name unless the user has one already; false when the unique index says another user has it.
    private static async Task<bool> TryClaimAsync(ApplicationDbContext db, string ownerId, string name, bool lastTry, CancellationToken ct)
    {
        try
        {
            await db.Set<ContentSettings>()
                .Where(s => s.UserId == ownerId && s.FolderName == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.FolderName, name), ct);
            return true;
        }
        catch (DbException) when (!lastTry)
        {
            return false;
        }
    }
}
