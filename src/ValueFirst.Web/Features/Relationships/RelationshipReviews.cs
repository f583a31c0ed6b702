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

    /// <summary>How many relationships the review would list now, counted by the database (the weekly hour needs no more).</summary>
    public async Task<int> CountWaitingAsync(string ownerId, CancellationToken ct = default)
    {
        var now = await clock.NowAsync(ownerId, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await CountWaitingAsync(db, ownerId, now, ct);
    }

    /// <summary>
    /// The count <see cref="CountWaitingAsync(string, CancellationToken)"/> gives and whether this quarter's review is due:
    /// all the dashboard shows, without reading the relationships the review lists.
    /// </summary>
    public async Task<(int Waiting, bool Due)> WaitingAndDueAsync(string ownerId, CancellationToken ct = default)
    {
        var now = await clock.NowAsync(ownerId, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var waiting = await CountWaitingAsync(db, ownerId, now, ct);
        var last = (await RelationshipSettingsStore.FindAsync(db, ownerId, ct))?.LastReviewOn;
        return (waiting, RelationshipReview.IsDue(last, now.Today));
    }

    private async Task<int> CountWaitingAsync(ApplicationDbContext db, string ownerId, UserNow now, CancellationToken ct)
    {
        await LedgerTotalsRecount.RefreshDueAsync(db, ownerId, now, ct);
        return await Waiting(db, ownerId, Rules, now).CountAsync(ct);
    }

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
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await LedgerTotalsRecount.RefreshDueAsync(db, ownerId, now, ct);
        var rows = await WaitingRows(db, ownerId, rules, now).ToListAsync(ct);
        var efforts = rows.Select(w => new OneWayEffort(w.Id, w.Name, w.Company, w.Gives, LocalDays.DateOf(AsUtc(w.FirstGiveUtc!.Value), now.Zone),
            w.LastReceivedUtc is { } received ? LocalDays.DateOf(AsUtc(received), now.Zone) : null,
            LastReplyOn: null, w.ReviewedOn, w.ReviewDecision));
        return RelationshipReview.Select(efforts, rules, now.Today);
    }

    /// <summary>
    /// The totals rows of the connected contacts <see cref="RelationshipReview.Select"/> would list on
    /// <paramref name="now"/>'s day: the same thresholds as days in the owner's zone, turned into instants the columns
    /// compare with. The ledger's narrow rows hold the connection state and the review date too, so the count reads
    /// them alone; driven from the wide contact rows, it read every connected contact.
    /// </summary>
    private static IQueryable<LedgerTotals> Waiting(ApplicationDbContext db, string ownerId, ReviewRules rules, UserNow now)
    {
        var (minGives, firstGiveBeforeUtc, reviewedBy) = Thresholds(rules, now);
        return db.Set<LedgerTotals>().AsNoTracking()
            .Where(t => t.OwnerId == ownerId && t.ConnectionState == ConnectionState.Connected
                && t.GivesSinceLastReceived >= minGives && t.FirstGiveSinceLastReceivedUtc < firstGiveBeforeUtc
                && (t.ReviewedOn == null || t.ReviewedOn <= reviewedBy));
    }

    /// <summary><see cref="Waiting"/> with the contacts' names and the figures the review shows.</summary>
    private static IQueryable<WaitingRow> WaitingRows(ApplicationDbContext db, string ownerId, ReviewRules rules, UserNow now) =>
        from t in Waiting(db, ownerId, rules, now)
            join c in db.Set<Contact>().AsNoTracking() on t.ContactId equals c.Id
            where c.OwnerId == ownerId
            select new WaitingRow
            {
                Id = c.Id, Name = c.Name, Company = c.Company, ReviewedOn = c.ReviewedOn, ReviewDecision = c.ReviewDecision,
                Gives = t.GivesSinceLastReceived, FirstGiveUtc = t.FirstGiveSinceLastReceivedUtc, LastReceivedUtc = t.LastReceivedUtc,
            };

    private static DateTime AsUtc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    // The review's thresholds on now's day, as the columns compare them: a first give on the latest day that counts is
    // any instant before the next day starts in the owner's zone.
    // Typed as the columns are: a lifted comparison would make EF Core compile the conversion on every query.
    private static (int MinGives, DateTime? FirstGiveBeforeUtc, DateOnly? ReviewedBy) Thresholds(ReviewRules rules, UserNow now) =>
        (rules.MinGives,
            LocalDays.StartUtc(RelationshipReview.LatestFirstGiveOn(rules, now.Today).AddDays(1), now.Zone),
            RelationshipReview.LatestReviewToRevisit(rules, now.Today));

    private sealed class WaitingRow
    {
        public int Id { get; init; }

        public required string Name { get; init; }

        public string? Company { get; init; }

        public DateOnly? ReviewedOn { get; init; }

        public ReviewDecision? ReviewDecision { get; init; }

        public int Gives { get; init; }

        public DateTime? FirstGiveUtc { get; init; }

        public DateTime? LastReceivedUtc { get; init; }
    }
}
