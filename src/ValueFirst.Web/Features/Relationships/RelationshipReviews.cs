using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Relationships;
using ValueFirst.Core.Time;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Relationships;

/// <summary>
/// The review that lets go: lists the owner's connected relationships with sustained one-way effort, records a decision
/// (continue, change approach, suspend) through the contact book, and resumes a suspended one. A decision also counts as
/// this quarter's review. Another user's contact answers like a missing one.
/// </summary>
public sealed class RelationshipReviews(
    IDbContextFactory<ApplicationDbContext> dbFactory,
    LedgerActivity ledger,
    ContactBook contacts,
    UserClock clock,
    IOptions<ReviewOptions> options,
    ILogger<RelationshipReviews> logger)
{
    public ReviewRules Rules => options.Value.ToRules();

    public async Task<ReviewList> ListAsync(string ownerId, CancellationToken ct = default)
    {
        var now = await clock.NowAsync(ownerId, ct);
        var candidates = await CandidatesAsync(ownerId, now, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var suspended = await db.Set<Contact>().AsNoTracking()
            .Where(c => c.OwnerId == ownerId && c.State == ConnectionState.Suspended)
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new SuspendedContact(c.Id, c.Name, c.Company, c.ReviewedOn, c.ReviewNote))
            .ToListAsync(ct);
        var last = (await RelationshipSettingsStore.FindAsync(db, ownerId, ct))?.LastReviewOn;
        return new ReviewList(candidates, suspended, RelationshipReview.IsDue(last, now.Today), last, Rules);
    }

    /// <summary>How many relationships the review would list now.</summary>
    public async Task<int> CountWaitingAsync(string ownerId, CancellationToken ct = default) =>
        (await CandidatesAsync(ownerId, await clock.NowAsync(ownerId, ct), ct)).Count;

    /// <summary>Records the owner's decision on a connected contact; suspending pauses it until resumed.</summary>
    /// <returns>False when the contact is not the owner's or not connected (or suspended, to resume).</returns>
    public async Task<bool> DecideAsync(string ownerId, int contactId, ReviewDecision decision, string? note, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        if (!Enum.IsDefined(decision))
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var today = (await clock.NowAsync(db, ownerId, ct)).Today;
        if (!await contacts.RecordReviewAsync(db, ownerId, contactId, decision, note, today, ct))
        {
            return false;
        }

        await RelationshipSettingsStore.MarkReviewedAsync(db, ownerId, today, ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("User {UserId} reviewed contact {ContactId}: {Decision}", ownerId, contactId, decision);
        return true;
    }

    /// <summary>Resumes a suspended relationship: connected again, back in the give-first list, the hour and the email.</summary>
    /// <returns>False when the contact is not the owner's or not suspended.</returns>
    public async Task<bool> ResumeAsync(string ownerId, int contactId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Set<Contact>().AnyAsync(c => c.Id == contactId && c.OwnerId == ownerId && c.State == ConnectionState.Suspended, ct))
        {
            return false;
        }

        var today = (await clock.NowAsync(db, ownerId, ct)).Today;
        var resumed = await contacts.RecordReviewAsync(db, ownerId, contactId, ReviewDecision.Continue, "Resumed after a suspension.", today, ct);
        logger.LogInformation("User {UserId} resumed contact {ContactId}", ownerId, contactId);
        return resumed;
    }

    private async Task<IReadOnlyList<ReviewCandidate>> CandidatesAsync(string ownerId, UserNow now, CancellationToken ct)
    {
        var rules = Rules;
        var gives = await ledger.OneWayGivesAsync(ownerId, rules.MinGives, ct);
        if (gives.Count == 0)
        {
            return [];
        }

        var ids = gives.Select(g => g.ContactId).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connected = await db.Set<Contact>().AsNoTracking()
            .Where(c => c.OwnerId == ownerId && c.State == ConnectionState.Connected && ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, c.Company, c.ReviewedOn, c.ReviewDecision })
            .ToDictionaryAsync(c => c.Id, ct);
        var efforts = gives
            .Where(g => connected.ContainsKey(g.ContactId))
            .Select(g =>
            {
                var c = connected[g.ContactId];
                return new OneWayEffort(c.Id, c.Name, c.Company, g.Gives, LocalDays.DateOf(g.FirstGiveUtc, now.Zone),
                    g.LastReceivedUtc is { } received ? LocalDays.DateOf(received, now.Zone) : null,
                    LastReplyOn: null, c.ReviewedOn, c.ReviewDecision);
            });
        return RelationshipReview.Select(efforts, rules, now.Today);
    }
}
