using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Time;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Infrastructure;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>
/// Carries out the reminder email's one-click links. Opening a link only reads (mail scanners open every URL); the
/// change happens on confirmation, in one transaction that first claims the link (<see cref="EmailActionUse"/>, unique
/// by the link's id and by user, contact, action and week, so every copy of a re-sent reminder counts as one link),
/// then logs the give through <see cref="InteractionRecorder"/> and ticks it in that week's checklist
/// (<see cref="ISuggestedGiveListener"/>), or pauses the contact through <see cref="SuggestionPauses"/>: a second
/// confirmation, even a concurrent one, finds the claim and changes nothing.
/// The signed token is the only credential: it acts for the user it names and nobody else, on that one contact.
/// </summary>
public sealed class EmailActions(
    IDbContextFactory<ApplicationDbContext> dbFactory,
    EmailActionTokens tokens,
    LedgerViews ledger,
    InteractionRecorder recorder,
    SuggestionPauses pauses,
    IEnumerable<ISuggestedGiveListener> giveListeners,
    UserClock clock,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<EmailActions> logger)
{
    /// <summary>What the confirmation page shows for <paramref name="token"/>; changes nothing.</summary>
    public async Task<EmailActionResult> OpenAsync(string token, CancellationToken ct = default)
    {
        if (tokens.Read(token) is not { } ticket || await NameAsync(ticket, ct) is not { } name)
        {
            return EmailActionResult.Invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await UsedAsync(db, ticket, ct)
            ? EmailActionResult.AlreadyDone
            : Describe(ticket, name, EmailActionOutcome.Ready);
    }

    /// <summary>Carries out the link's action when <paramref name="confirmed"/> is the action it was signed for, once.</summary>
    public async Task<EmailActionResult> PerformAsync(string token, EmailAction confirmed, CancellationToken ct = default)
    {
        if (tokens.Read(token) is not { } ticket || ticket.Action != confirmed || await NameAsync(ticket, ct) is not { } name)
        {
            return EmailActionResult.Invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await UsedAsync(db, ticket, ct))
        {
            return EmailActionResult.AlreadyDone;
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await Uses(db, ticket).Where(u => u.InteractionId != null && !db.Set<Interaction>().Any(i => i.Id == u.InteractionId))
                .ExecuteDeleteAsync(ct);

            // The claim comes first: a concurrent confirmation of this link or of another copy's waits for it, then claims
            // nothing and changes nothing.
            if (!await ClaimAsync(db, ticket, ct))
            {
                return EmailActionResult.AlreadyDone;
            }

            if (await CarryOutAsync(db, ticket, ct) is { } refused)
            {
                return refused;
            }

            await transaction.CommitAsync(ct);
            logger.LogInformation("Reminder link {Action} on contact {ContactId} used by user {UserId}", ticket.Action, ticket.ContactId, ticket.UserId);
            return Describe(ticket, name, EmailActionOutcome.Done);
        }
        catch (Exception e) when (DatabaseBusy.IsBusy(e))
        {
            logger.LogWarning(e, "Reminder link {TicketId} of user {UserId} not used: the database stayed locked", ticket.Id, ticket.UserId);
            return new EmailActionResult(EmailActionOutcome.Failed, Message: DatabaseBusy.Message);
        }
    }

    /// <summary>
    /// What the owner did from reminder links during <paramref name="week"/> (Monday to Sunday in their zone), latest
    /// first: a reminder sent ahead for next week's hour and acted on today counts for this week's page.
    /// </summary>
    public async Task<IReadOnlyList<EmailActionDone>> DoneInWeekAsync(string ownerId, IsoWeek week, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var zone = await UserClock.ZoneAsync(db, ownerId, ct);
        var start = LocalDays.StartUtc(week.Monday, zone);
        var end = LocalDays.StartUtc(week.Sunday.AddDays(1), zone);
        var done = await (
            from use in StillDone(db, db.Set<EmailActionUse>().AsNoTracking())
            where use.UserId == ownerId && use.UsedUtc >= start && use.UsedUtc < end
            join contact in ContactNames.Of(db, ownerId) on use.ContactId equals contact.Id
            orderby use.UsedUtc descending
            select new { contact.Name, use.Action, use.UsedUtc }).ToListAsync(ct);
        return done.Select(d => new EmailActionDone(d.Name, d.Action, Summary(d.Action), d.UsedUtc)).ToList();
    }

    // Used when this link was, or the same action on the same contact from another copy of the week's reminder, and
    // what it did still stands.
    private static Task<bool> UsedAsync(ApplicationDbContext db, EmailActionTicket ticket, CancellationToken ct) =>
        StillDone(db, Uses(db, ticket)).AnyAsync(ct);

    private static IQueryable<EmailActionUse> Uses(ApplicationDbContext db, EmailActionTicket ticket) =>
        db.Set<EmailActionUse>().Where(u => u.Id == ticket.Id
            || (u.UserId == ticket.UserId && u.ContactId == ticket.ContactId && u.Action == ticket.Action
                && u.IsoYear == ticket.IsoYear && u.IsoWeek == ticket.IsoWeek));

    // A "Done" whose give was taken back (unticked in the hour, deleted from the ledger) is not done: the link works
    // again and the session page no longer lists it. A snooze stands until it runs out.
    private static IQueryable<EmailActionUse> StillDone(ApplicationDbContext db, IQueryable<EmailActionUse> uses) =>
        uses.Where(u => u.InteractionId == null || db.Set<Interaction>().Any(i => i.Id == u.InteractionId));

    // The link's id and its (user, contact, action, week) are both unique: a second claim, even a concurrent one, inserts
    // nothing. Skipping the conflict in the database rather than catching it keeps the expected loser out of the error log.
    private async Task<bool> ClaimAsync(ApplicationDbContext db, EmailActionTicket ticket, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "EmailActionUse" ("Id", "UserId", "ContactId", "Action", "IsoYear", "IsoWeek", "UsedUtc")
            VALUES ({ticket.Id}, {ticket.UserId}, {ticket.ContactId}, {(int)ticket.Action}, {ticket.IsoYear}, {ticket.IsoWeek}, {time.GetUtcNow().UtcDateTime})
            ON CONFLICT DO NOTHING
            """, ct) == 1;

    private async Task<EmailActionResult?> CarryOutAsync(ApplicationDbContext db, EmailActionTicket ticket, CancellationToken ct)
    {
        if (ticket.Action == EmailAction.Done)
        {
            var give = new NewInteraction(ticket.ContactId, InteractionDirection.Give, ticket.GiveType!.Value, ContentPath: ticket.ContentPath);
            var recorded = await recorder.RecordAsync(db, ticket.UserId, give, confirmUnearnedAsk: false, ct);
            if (!recorded.Recorded)
            {
                return recorded.Outcome == RecordOutcome.ContactNotFound
                    ? EmailActionResult.Invalid
                    : new EmailActionResult(EmailActionOutcome.Failed, Message: recorded.Message);
            }

            var interactionId = recorded.InteractionId;
            await db.Set<EmailActionUse>().Where(u => u.Id == ticket.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.InteractionId, interactionId), ct);
            foreach (var listener in giveListeners)
            {
                await listener.GiveLoggedAsync(db, ticket.UserId, ticket.ContactId, recorded.InteractionId!.Value, new IsoWeek(ticket.IsoYear, ticket.IsoWeek), ct);
            }

            return null;
        }

        var today = (await clock.NowAsync(db, ticket.UserId, ct)).Today;
        var until = today.AddDays(ticket.Action == EmailAction.Snooze ? ReminderOptions.SnoozeDays : options.Value.NotThisPersonDays);
        return await pauses.PauseAsync(db, ticket.UserId, ticket.ContactId, until, ct) ? null : EmailActionResult.Invalid;
    }

    private async Task<string?> NameAsync(EmailActionTicket ticket, CancellationToken ct)
    {
        if (ticket.Action == EmailAction.Done && (ticket.GiveType is not { } type || InteractionTypes.DirectionOf(type) != InteractionDirection.Give))
        {
            return null;
        }

        return await ledger.FindContactNameAsync(ticket.UserId, ticket.ContactId, ct);
    }

    private EmailActionResult Describe(EmailActionTicket ticket, string name, EmailActionOutcome outcome) =>
        new(outcome, ticket.Action, name, ticket.Action switch
        {
            EmailAction.Done => $"Log your give to {name}: {InteractionTypes.Label(ticket.GiveType!.Value)}",
            EmailAction.Snooze => $"Leave {name} out of your suggestions for a week",
            _ => $"Leave {name} out of your suggestions for {options.Value.NotThisPersonDays} days",
        });

    private static string Summary(EmailAction action) => action switch
    {
        EmailAction.Done => "give logged",
        EmailAction.Snooze => "snoozed for a week",
        _ => "not this person for now",
    };
}
