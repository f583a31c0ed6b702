using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Relationships;
using ValueFirst.Core.Sessions;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Relationships;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Infrastructure;

namespace ValueFirst.Web.Features.Sessions;

/// <summary>
/// Ticks and unticks the items of an owner's weekly session. A tick does the item's real work through the feature
/// that owns it — a give or an ask in the ledger, a vetting decision, an invitation, a follow-up done, a warm-up or
/// engagement step marked on the contact — and is logged; the item, that work and the log entry commit in one transaction or not at all. Another user's item
/// answers like a missing one.
/// </summary>
public sealed class SessionChecklist(
    IDbContextFactory<ApplicationDbContext> dbFactory,
    InteractionRecorder ledger,
    InvitationVetting vetting,
    ContactBook contacts,
    UserClock clock,
    TimeProvider time,
    ILogger<SessionChecklist> logger)
{
    /// <param name="note">The personal note of an invitation (required for a reach-out), or any note to keep.</param>
    /// <param name="confirmUnearnedAsk">True only after the user saw the ledger's warning and confirmed the ask anyway.</param>
    public async Task<TickResult> TickAsync(string ownerId, long itemId, bool done, string? note = null, bool confirmUnearnedAsk = false, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > 2000 })
        {
            return new TickResult(TickOutcome.Refused, "The note is limited to 2000 characters.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var sessions = db.Set<WeeklySession>();
            var item = await db.Set<SessionItem>()
                .Where(i => sessions.Any(s => s.Id == i.SessionId && s.OwnerId == ownerId))
                .SingleOrDefaultAsync(i => i.Id == itemId, ct);
            if (item is null)
            {
                return TickResult.NotFound;
            }

            if (done && item.RequiresNote && note is null)
            {
                return new TickResult(TickOutcome.NoteRequired, item.Step == PathStep.Welcome
                    ? "Write the welcome you sent, in your own words: a copied message is what to avoid."
                    : "Write the personal note you sent with the invitation: generic requests are what to avoid.");
            }

            // Claim the change with a conditional update: a double click or a second tab finds it claimed (on PostgreSQL
            // it waits for this transaction's row lock, then sees the change), so one tick records one give, not two.
            var now = time.GetUtcNow().UtcDateTime;
            var claimed = await db.Set<SessionItem>()
                .Where(i => i.Id == itemId && (done ? i.DoneUtc == null : i.DoneUtc != null))
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.DoneUtc, done ? now : null), ct);
            if (claimed == 0)
            {
                return new TickResult(done ? TickOutcome.Done : TickOutcome.Undone);
            }

            var refused = done ? await DoAsync(db, ownerId, item, note, confirmUnearnedAsk, ct) : await UndoAsync(db, ownerId, item, ct);
            if (refused is not null)
            {
                return refused;
            }

            if (done && note is not null)
            {
                item.Note = note;
            }

            db.Add(new SessionItemLog { OwnerId = ownerId, SessionItemId = itemId, Done = done, AtUtc = now, Note = note });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            logger.LogInformation("User {UserId} {Action} session item {ItemId} ({Section})", ownerId, done ? "ticked" : "unticked", itemId, item.Section);
            return new TickResult(done ? TickOutcome.Done : TickOutcome.Undone);
        }
        catch (Exception e) when (DatabaseBusy.IsBusy(e))
        {
            logger.LogWarning(e, "Session item {ItemId} of user {UserId} not changed: the database stayed locked", itemId, ownerId);
            return new TickResult(TickOutcome.Refused, DatabaseBusy.Message);
        }
    }

    // The item's work, through the feature that owns the data; a refusal rolls the whole tick back.
    private async Task<TickResult?> DoAsync(ApplicationDbContext db, string ownerId, SessionItem item, string? note, bool confirmUnearnedAsk, CancellationToken ct)
    {
        switch (item.Step)
        {
            case PathStep.Follow when item.ContactId is { } target:
                return await contacts.MarkFollowedAsync(db, ownerId, target, await TodayAsync(db, ownerId, ct), ct) ? null : Gone;
            case PathStep.LearnAnswers or PathStep.InviteToChannel when item.ContactId is { } contactId:
                return await contacts.MarkEngagementStepAsync(db, ownerId, contactId, item.Step.Value, await TodayAsync(db, ownerId, ct), ct) ? null : Gone;
            case PathStep.Review:
                await RelationshipSettingsStore.MarkReviewedAsync(db, ownerId, await TodayAsync(db, ownerId, ct), ct);
                return null;
        }

        switch (item.Section)
        {
            // Gives and asks, and the path's steps that are one: a warm-up touch, a welcome, an introduction, a give to
            // an introducer, an introduction request (an ask to the introducer, warned about when not earned).
            case SessionSection.GiveValue or SessionSection.EarnedAsks or SessionSection.ReachOut or SessionSection.Engage
                when item is { ContactId: { } contactId, Interaction: { } type }:
                var request = new NewInteraction(contactId, InteractionTypes.DirectionOf(type), type, Note: note ?? IntroductionNote(item), ContentPath: item.ContentPath);
                var result = await ledger.RecordAsync(db, ownerId, request, confirmUnearnedAsk, ct);
                switch (result.Outcome)
                {
                    case RecordOutcome.Recorded:
                        item.InteractionId = result.InteractionId;
                        return await AfterRecordAsync(db, ownerId, item, ct);
                    case RecordOutcome.NeedsConfirmation:
                        return new TickResult(TickOutcome.NeedsConfirmation, result.Message);
                    default:
                        return new TickResult(TickOutcome.Refused, result.Message);
                }

            case SessionSection.VetInvitations when item.ContactId is { } contactId:
                var contact = await db.Set<Contact>().AsNoTracking()
                    .Where(c => c.Id == contactId && c.OwnerId == ownerId)
                    .Select(c => new { c.VettingSignals, c.ConnectionCount })
                    .SingleOrDefaultAsync(ct);
                if (contact is null)
                {
                    return Gone;
                }

                // The rules' current recommendation (signals may have been edited since the session was built).
                var recommended = vetting.Recommend(contact.VettingSignals, contact.ConnectionCount).Outcome;
                var decided = await vetting.DecideAsync(db, ownerId, contactId, contact.VettingSignals, contact.ConnectionCount, recommended, null, ct);
                return decided.Succeeded ? null : new TickResult(TickOutcome.Refused, decided.Error);

            case SessionSection.ReachOut when item.ContactId is { } contactId:
                return await contacts.MarkInvitedAsync(db, ownerId, contactId, ct) ? null : Gone;

            case SessionSection.FollowUp when item.ContactId is { } contactId:
                // Done for now: the follow-up date is cleared so it does not come back next week.
                await contacts.ClearFollowUpAsync(db, ownerId, contactId, ct);
                return null;

            default:
                return null;
        }
    }

    // What a recorded give or ask means for the path beyond the ledger: the welcome step is done, the target's
    // introduction is asked for.
    private async Task<TickResult?> AfterRecordAsync(ApplicationDbContext db, string ownerId, SessionItem item, CancellationToken ct)
    {
        switch (item.Step)
        {
            case PathStep.Welcome:
                return await contacts.MarkEngagementStepAsync(db, ownerId, item.ContactId!.Value, PathStep.Welcome, await TodayAsync(db, ownerId, ct), ct) ? null : Gone;
            case PathStep.AskForIntroduction when item.OtherContactId is { } target:
                return await contacts.MarkIntroductionAskedAsync(db, ownerId, target, item.ContactId, await TodayAsync(db, ownerId, ct), ct) ? null : Gone;
            default:
                return null;
        }
    }

    // Unticking takes back what the tick put in the ledger and the path steps it marked; a vetting decision, a sent
    // invitation and a done review stay as they happened.
    private async Task<TickResult?> UndoAsync(ApplicationDbContext db, string ownerId, SessionItem item, CancellationToken ct)
    {
        if (item.InteractionId is { } interactionId)
        {
            await ledger.RemoveAsync(db, ownerId, interactionId, ct);
            item.InteractionId = null;
        }

        switch (item.Step)
        {
            case PathStep.Follow when item.ContactId is { } target:
                await contacts.MarkFollowedAsync(db, ownerId, target, null, ct);
                break;
            case PathStep.Welcome or PathStep.LearnAnswers or PathStep.InviteToChannel when item.ContactId is { } contactId:
                await contacts.MarkEngagementStepAsync(db, ownerId, contactId, item.Step.Value, null, ct);
                break;
            case PathStep.AskForIntroduction when item.OtherContactId is { } target:
                await contacts.MarkIntroductionAskedAsync(db, ownerId, target, null, null, ct);
                break;
        }

        return null;
    }

    private static readonly TickResult Gone = new(TickOutcome.Refused, "The contact is no longer in your book.");

    private static string? IntroductionNote(SessionItem item) =>
        item.Step is PathStep.Introduce or PathStep.AskForIntroduction ? item.Suggestion : null;

    private async Task<DateOnly> TodayAsync(ApplicationDbContext db, string ownerId, CancellationToken ct) =>
        (await clock.NowAsync(db, ownerId, ct)).Today;
}
