using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// Reads and saves one owner's ideal-client profile. Saving rescores every contact of the user, so the
/// stored <see cref="Contact.FitScore"/> that the list and the ledger sort by is never stale.
/// </summary>
public sealed class IdealClientProfileService(
    IDbContextFactory<ApplicationDbContext> dbFactory,
    TimeProvider clock,
    ILogger<IdealClientProfileService> logger)
{
    private const int UpdateBatch = 500;

    public async Task<IdealClientProfileForm> GetAsync(string ownerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var profile = await db.Set<IdealClientProfile>().AsNoTracking().SingleOrDefaultAsync(p => p.UserId == ownerId, cancellationToken);
        return new IdealClientProfileForm
        {
            Industries = profile?.Industries,
            Roles = profile?.Roles,
            Locations = profile?.Locations,
            CompanySizes = profile?.CompanySizes,
        };
    }

    /// <summary>Saves the profile and rescores all the user's contacts in one transaction; returns how many scores changed.</summary>
    public async Task<int> SaveAsync(string ownerId, IdealClientProfileForm form, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var profile = await db.Set<IdealClientProfile>().SingleOrDefaultAsync(p => p.UserId == ownerId, cancellationToken);
        if (profile is null)
        {
            profile = new IdealClientProfile { UserId = ownerId };
            db.Add(profile);
        }

        profile.Industries = Join(form.Industries);
        profile.Roles = Join(form.Roles);
        profile.Locations = Join(form.Locations);
        profile.CompanySizes = Join(form.CompanySizes);
        profile.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);

        var changed = await RescoreAllAsync(db, ownerId, profile.ToTerms(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Ideal-client profile saved; {Changed} fit scores changed", changed);
        return changed;
    }

    /// <summary>The user's profile terms (empty when none is written yet), read with the caller's context.</summary>
    public async Task<IdealClientProfileTerms> GetTermsAsync(ApplicationDbContext db, string ownerId, CancellationToken cancellationToken = default)
    {
        var profile = await db.Set<IdealClientProfile>().AsNoTracking().SingleOrDefaultAsync(p => p.UserId == ownerId, cancellationToken);
        return profile?.ToTerms() ?? IdealClientProfileTerms.Empty;
    }

    // Reads only the scored columns, then writes each changed score group with one UPDATE per batch of ids.
    private static async Task<int> RescoreAllAsync(ApplicationDbContext db, string ownerId, IdealClientProfileTerms terms, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Contact>().AsNoTracking()
            .Where(c => c.OwnerId == ownerId)
            .Select(c => new { c.Id, c.FitScore, Subject = new FitSubject(c.Headline, c.Position, c.Company, c.Location, c.Tags) })
            .ToListAsync(cancellationToken);

        var changed = rows
            .Select(r => (r.Id, r.FitScore, New: FitScorer.Score(r.Subject, terms).Score))
            .Where(r => r.New != r.FitScore)
            .GroupBy(r => r.New);
        var count = 0;
        foreach (var group in changed)
        {
            foreach (var batch in group.Select(r => r.Id).Chunk(UpdateBatch))
            {
                var score = group.Key;
                count += await db.Set<Contact>()
                    .Where(c => c.OwnerId == ownerId && batch.Contains(c.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.FitScore, score), cancellationToken);
            }
        }

        return count;
    }

    private static string Join(string? list) => string.Join(", ", IdealClientProfileTerms.ParseList(list));
}
