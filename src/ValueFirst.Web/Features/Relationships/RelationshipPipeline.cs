using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Relationships;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Features.Relationships;

/// <summary>
/// Keep your relationship pipeline full: the owner's goals per role against the connected contacts in that role
/// (suspended ones are not being nurtured, so they do not count), and the review that flushes out what does not work.
/// </summary>
public sealed class RelationshipPipeline(IDbContextFactory<ApplicationDbContext> dbFactory, RelationshipReviews reviews)
{
    public async Task<PipelineView> GetAsync(string ownerId, CancellationToken ct = default)
    {
        var statuses = await StatusAsync(ownerId, ct);
        var (waiting, due) = await reviews.WaitingAndDueAsync(ownerId, ct);
        return new PipelineView(statuses, statuses.Count > 0, waiting, due);
    }

    /// <summary>Actual against goal for each role with a goal; empty when the owner set none.</summary>
    public async Task<IReadOnlyList<PipelineStatus>> StatusAsync(string ownerId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var goals = (await RelationshipSettingsStore.FindAsync(db, ownerId, ct))?.ToGoals() ?? PipelineGoals.None;
        if (goals == PipelineGoals.None)
        {
            return [];
        }

        var actual = await db.Set<Contact>().AsNoTracking()
            .Where(c => c.OwnerId == ownerId && c.State == ConnectionState.Connected)
            .GroupBy(c => c.Role)
            .Select(g => new { Role = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Role, g => g.Count, ct);
        return goals.Status(actual);
    }
}
