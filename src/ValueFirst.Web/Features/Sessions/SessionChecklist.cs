using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Sessions;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Core.Time;

namespace ValueFirst.Web.Features.Sessions;

/// <summary>
/// What the session page does with a session: tick and untick items (each tick does its real work — a give or
/// an ask in the ledger, a vetting decision, an invitation with its note — and is logged), run the timer, and
/// list past weeks. Every call names the owner; another user's session or item answers like a missing one.
/// </summary>
public sealed class SessionChecklist(
    IDbContextFactory<ApplicationDbContext> dbFactory,
    InteractionLog ledger,
    ContactService contacts,
    TimeProvider time,
    ILogger<SessionChecklist> logger)
{
    /// <summary>Weeks shown in the history (and counted for the streak).</summary>
    public const int HistoryWeeks = 52;

    public async Task<WeeklySession?> GetAsync(string ownerId, long sessionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<WeeklySession>().AsNoTracking()
            .Include(s => s.Items.OrderBy(i => i.Order))
            .SingleOrDefaultAsync(s => s.Id == sessionId && s.OwnerId == ownerId, ct);
    }

    /// <param name="note">The personal note of an invitation (required for a reach-out), or any note to keep.</param>
    /// <param name="confirmUnearnedAsk">True only after the user saw the ledger's warning and confirmed the ask anyway.</param>
    public async Task<TickResult> TickAsync(string ownerId, long itemId, bool done, string? note = null, bool confirmUnearnedAsk = false, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await OwnedItems(db, ownerId).SingleOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null)
        {
            return TickResult.NotFound;
        }

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (done && item.RequiresNote && note is null)
        {
            return new TickResult(TickOutcome.NoteRequired, "Write the personal note you sent with the invitation: generic requests are what to avoid.");
        }

        if (note is { Length: > 2000 })
        {
            return new TickResult(TickOutcome.Refused, "The note is limited to 2000 characters.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        // Claim the change with a conditional update, so a double click records one give, not two.
        var claimed = await db.Set<SessionItem>()
            .Where(i => i.Id == itemId && (done ? i.DoneUtc == null : i.DoneUtc != null))
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.DoneUtc, done ? now : null), ct);
        if (claimed == 0)
        {
            return new TickResult(done ? TickOutcome.Done : TickOutcome.Undone);
        }

        var refused = done
            ? await ApplyAsync(db, ownerId, item, note, confirmUnearnedAsk, ct)
            : await UndoAsync(db, ownerId, item, ct);
        if (refused is not null)
        {
            await db.Set<SessionItem>().Where(i => i.Id == itemId)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.DoneUtc, done ? null : item.DoneUtc), CancellationToken.None);
            return refused;
        }

        db.Add(new SessionItemLog { OwnerId = ownerId, SessionItemId = itemId, Done = done, AtUtc = now, Note = note });
        await db.SaveChangesAsync(ct);
        logger.LogInformation("User {UserId} {Action} session item {ItemId} ({Section})", ownerId, done ? "ticked" : "unticked", itemId, item.Section);
        return new TickResult(done ? TickOutcome.Done : TickOutcome.Undone);
    }

    public Task<bool> StartTimerAsync(string ownerId, long sessionId, CancellationToken ct = default) =>
        UpdateTimerAsync(ownerId, sessionId, (timer, now) => timer.Start(now), ct);

    public Task<bool> PauseTimerAsync(string ownerId, long sessionId, CancellationToken ct = default) =>
        UpdateTimerAsync(ownerId, sessionId, (timer, now) => timer.Pause(now), ct);

    /// <summary>The last <see cref="HistoryWeeks"/> weeks with completion figures, aggregated by the database, and the streak.</summary>
    public async Task<SessionHistory> HistoryAsync(string ownerId, IsoWeek current, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Set<WeeklySession>().AsNoTracking()
            .Where(s => s.OwnerId == ownerId)
            .OrderByDescending(s => s.IsoYear).ThenByDescending(s => s.IsoWeek)
            .Take(HistoryWeeks)
            .Select(s => new
            {
                s.Id,
                s.IsoYear,
                s.IsoWeek,
                s.DurationMinutes,
                s.ElapsedSeconds,
                s.RunningSinceUtc,
                Fitted = s.Items.Count(i => i.Fitted),
                Done = s.Items.Count(i => i.Fitted && i.DoneUtc != null),
                MinutesDone = s.Items.Where(i => i.DoneUtc != null).Sum(i => (int?)i.EstimateMinutes) ?? 0,
            })
            .ToListAsync(ct);
        var now = time.GetUtcNow();
        var weeks = rows.Select(r => new PastSession(r.Id, new IsoWeek(r.IsoYear, r.IsoWeek), r.Fitted, r.Done, r.MinutesDone,
                new SessionTimer(r.ElapsedSeconds, r.RunningSinceUtc).Elapsed(now), r.DurationMinutes))
            .ToList();
        return new SessionHistory(weeks, SessionStreak.Count(weeks.Where(w => w.Completed).Select(w => w.Week), current));
    }

    private async Task<TickResult?> ApplyAsync(ApplicationDbContext db, string ownerId, SessionItem item, string? note, bool confirmUnearnedAsk, CancellationToken ct)
    {
        switch (item.Section)
        {
            case SessionSection.GiveValue or SessionSection.EarnedAsks when item is { ContactId: { } contactId, Interaction: { } type }:
                var result = await ledger.LogAsync(ownerId, new LogInteraction(contactId, InteractionTypes.DirectionOf(type), type, Note: note, ContentPath: item.ContentPath),
                    confirmUnearnedAsk, ct);
                return result.Outcome switch
                {
                    LogOutcome.Recorded => await KeepInteractionAsync(db, item.Id, result.InteractionId, ct),
                    LogOutcome.NeedsConfirmation => new TickResult(TickOutcome.NeedsConfirmation, result.Message),
                    _ => new TickResult(TickOutcome.Refused, result.Message),
                };

            case SessionSection.VetInvitations when item.ContactId is { } contactId:
                var contact = await OwnedContact(db, ownerId, contactId).Select(c => new { c.VettingSignals, c.ConnectionCount }).SingleOrDefaultAsync(ct);
                if (contact is null)
                {
                    return new TickResult(TickOutcome.Refused, "The contact is no longer in your book.");
                }

                // The rules' current recommendation (signals may have been edited since the session was built).
                var recommended = contacts.Recommend(contact.VettingSignals, contact.ConnectionCount).Outcome;
                var decided = await contacts.DecideAsync(ownerId, contactId, contact.VettingSignals, contact.ConnectionCount, recommended, null, ct);
                return decided.Succeeded ? null : new TickResult(TickOutcome.Refused, decided.Error);

            case SessionSection.ReachOut when item.ContactId is { } contactId:
                var invited = await OwnedContact(db, ownerId, contactId).ExecuteUpdateAsync(set => set
                    .SetProperty(c => c.State, ConnectionState.Invited)
                    .SetProperty(c => c.UpdatedUtc, time.GetUtcNow().UtcDateTime), ct);
                return invited == 0 ? new TickResult(TickOutcome.Refused, "The contact is no longer in your book.") : await KeepNoteAsync(db, item.Id, note, ct);

            case SessionSection.FollowUp when item.ContactId is { } contactId:
                // Done for now: the follow-up date is cleared so it does not come back next week.
                await OwnedContact(db, ownerId, contactId).ExecuteUpdateAsync(set => set.SetProperty(c => c.FollowUpOn, (DateOnly?)null), ct);
                return await KeepNoteAsync(db, item.Id, note, ct);

            default:
                return await KeepNoteAsync(db, item.Id, note, ct);
        }
    }

    // Unticking takes back what the tick put in the ledger; a vetting decision or a sent invitation stays as it happened.
    private static async Task<TickResult?> UndoAsync(ApplicationDbContext db, string ownerId, SessionItem item, CancellationToken ct)
    {
        if (item.InteractionId is { } interactionId)
        {
            // The removal and the contact's ledger summary change together or not at all.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var removed = db.Set<Interaction>().Where(i => i.Id == interactionId && i.OwnerId == ownerId);
            var contactIds = await removed.Select(i => i.ContactId).ToListAsync(ct);
            await removed.ExecuteDeleteAsync(ct);
            await LedgerSummaries.RefreshAsync(db, contactIds, ct);
            await db.Set<SessionItem>().Where(i => i.Id == item.Id).ExecuteUpdateAsync(set => set.SetProperty(i => i.InteractionId, (long?)null), ct);
            await transaction.CommitAsync(ct);
        }

        return null;
    }

    private static async Task<TickResult?> KeepInteractionAsync(ApplicationDbContext db, long itemId, long? interactionId, CancellationToken ct)
    {
        await db.Set<SessionItem>().Where(i => i.Id == itemId).ExecuteUpdateAsync(set => set.SetProperty(i => i.InteractionId, interactionId), ct);
        return null;
    }

    private static async Task<TickResult?> KeepNoteAsync(ApplicationDbContext db, long itemId, string? note, CancellationToken ct)
    {
        if (note is not null)
        {
            await db.Set<SessionItem>().Where(i => i.Id == itemId).ExecuteUpdateAsync(set => set.SetProperty(i => i.Note, note), ct);
        }

        return null;
    }

    private async Task<bool> UpdateTimerAsync(string ownerId, long sessionId, Func<SessionTimer, DateTimeOffset, SessionTimer> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await db.Set<WeeklySession>().SingleOrDefaultAsync(s => s.Id == sessionId && s.OwnerId == ownerId, ct);
        if (session is null)
        {
            return false;
        }

        session.Timer = change(session.Timer, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static IQueryable<SessionItem> OwnedItems(ApplicationDbContext db, string ownerId) =>
        db.Set<SessionItem>().AsNoTracking().Where(i => db.Set<WeeklySession>().Any(s => s.Id == i.SessionId && s.OwnerId == ownerId));

    private static IQueryable<Contact> OwnedContact(ApplicationDbContext db, string ownerId, int contactId) =>
        db.Set<Contact>().Where(c => c.Id == contactId && c.OwnerId == ownerId);
}
