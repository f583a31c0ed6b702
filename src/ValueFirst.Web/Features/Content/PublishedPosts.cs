using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Content;
using ValueFirst.Core.Time;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Content;

/// <summary>
/// The posts a user really published, imported from LinkedIn's Shares.csv, and the one seam through which the
/// calendar counts them: <see cref="MergeAsync"/> adds them to the drafts as published items before planning
/// (a draft whose url is the post's is that post, never a second item), so past months and quarters are measured
/// against what was posted.
/// </summary>
public sealed class PublishedPosts(IDbContextFactory<ApplicationDbContext> dbFactory, UserClock clock)
{
    /// <summary>Stores posts in the caller's unit of work: one row per post link, updated when it is there already.</summary>
    public async Task<PostImportResult> ImportAsync(ApplicationDbContext db, string ownerId, IReadOnlyList<LinkedInShare> posts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        ArgumentNullException.ThrowIfNull(posts);
        var byUrl = posts.Where(p => p.ShareUrl.Length <= 500).GroupBy(p => p.ShareUrl, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var urls = byUrl.Select(p => p.ShareUrl).ToList();
        var existing = await db.Set<ImportedPost>().Where(p => p.OwnerId == ownerId && urls.Contains(p.ShareUrl)).ToDictionaryAsync(p => p.ShareUrl, StringComparer.Ordinal, ct);
        var now = (await clock.NowAsync(db, ownerId, ct)).Instant.UtcDateTime;
        int added = 0, updated = 0;
        foreach (var post in byUrl)
        {
            if (!existing.TryGetValue(post.ShareUrl, out var row))
            {
                row = new ImportedPost { OwnerId = ownerId, ShareUrl = post.ShareUrl };
                db.Add(row);
                added++;
            }
            else
            {
                updated++;
            }

            row.SharedUrl = Clip(post.SharedUrl, 1000);
            row.MediaUrl = Clip(post.MediaUrl, 1000);
            row.Commentary = Clip(post.Commentary, 10_000);
            row.PostedUtc = post.PostedUtc;
            row.Kind = post.Kind;
            row.ImportedUtc = now;
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return new PostImportResult(added, updated);
    }

    /// <summary>The drafts with the owner's published posts added (see <see cref="PublishedPostItems.Merge"/>).</summary>
    public async Task<IReadOnlyList<ContentItem>> MergeAsync(string ownerId, IReadOnlyList<ContentItem> drafts, TimeZoneInfo zone, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(zone);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Set<ImportedPost>().AsNoTracking().Where(p => p.OwnerId == ownerId)
            .Select(p => new { p.ShareUrl, p.SharedUrl, p.PostedUtc, p.Commentary, p.Kind })
            .ToListAsync(ct);
        var posts = rows.Select(p => new PublishedPost(
            p.ShareUrl, p.SharedUrl, LocalDays.DateOf(DateTime.SpecifyKind(p.PostedUtc, DateTimeKind.Utc), zone), SharesCsvReader.TitleOf(p.Commentary), p.Kind)).ToList();
        return PublishedPostItems.Merge(drafts, posts);
    }

    public async Task<int> CountAsync(string ownerId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<ImportedPost>().CountAsync(p => p.OwnerId == ownerId, ct);
    }

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
