using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Time;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Infrastructure;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// The only writer of interactions: records gives, asks and received value on an owner's contacts, and removes
/// them again. An ask that is not earned is not stored until the user confirms it, having seen why. Each call
/// can take part in the caller's unit of work (pass its context, inside its transaction), so a checklist tick
/// and the give it records commit together; the contact's ledger totals are recounted in the same transaction.
/// </summary>
public sealed class InteractionRecorder(IDbContextFactory<ApplicationDbContext> dbFactory, UserClock clock, ILogger<InteractionRecorder> logger)
{
    /// <summary>Latest accepted time, relative to now, for clock skew between the browser and the server.</summary>
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    /// <summary>Records one interaction in a unit of work of its own.</summary>
    /// <param name="confirmUnearnedAsk">True only after the user saw the warning and confirmed the ask anyway.</param>
    public async Task<RecordResult> RecordAsync(string ownerId, NewInteraction request, bool confirmUnearnedAsk = false, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await RecordAsync(db, ownerId, request, confirmUnearnedAsk, ct);
    }

    /// <summary>
    /// Records one interaction with the caller's context (and its transaction, when one is open). Anything but
    /// <see cref="RecordOutcome.Recorded"/> leaves nothing behind in the context, so the caller can roll back or go on.
    /// </summary>
    public async Task<RecordResult> RecordAsync(ApplicationDbContext db, string ownerId, NewInteraction request, bool confirmUnearnedAsk, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        ArgumentNullException.ThrowIfNull(request);

        var contactExists = await LedgerLoader.Contacts(db, ownerId).AnyAsync(c => c.Id == request.ContactId, ct);
        if (!contactExists)
        {
            return new RecordResult(RecordOutcome.ContactNotFound, "Contact not found.");
        }

        if (Validate(request) is { } error)
        {
            return new RecordResult(RecordOutcome.Invalid, error);
        }

        var inputs = await LedgerLoader.GetInputsAsync(db, ownerId, clock, ct);
        var occurredUtc = request.OccurredLocal is { } local ? LocalDays.ToUtc(local, inputs.Zone) : inputs.Now.UtcDateTime;
        if (occurredUtc > inputs.Now.UtcDateTime + FutureTolerance)
        {
            return new RecordResult(RecordOutcome.Invalid, "An interaction cannot be in the future.");
        }

        if (request.Direction == InteractionDirection.Ask && !confirmUnearnedAsk)
        {
            var contact = (await LedgerLoader.LoadAsync(db, LedgerLoader.Contacts(db, ownerId).Where(c => c.Id == request.ContactId), inputs, ct)).Single();
            var readiness = AskReadiness.Evaluate(contact.Facts, inputs.Settings, inputs.Now, inputs.Zone);
            if (readiness.State != AskState.AskEarned)
            {
                return new RecordResult(RecordOutcome.NeedsConfirmation,
                    $"This ask is not earned yet ({AskReadiness.Label(readiness.State).ToLowerInvariant()}): {readiness.Reason}.", Readiness: readiness);
            }
        }

        var interaction = new Interaction
        {
            OwnerId = ownerId,
            ContactId = request.ContactId,
            OccurredUtc = DateTime.SpecifyKind(occurredUtc, DateTimeKind.Utc),
            Direction = request.Direction,
            Type = request.Type,
            Channel = request.Channel,
            ContentPath = string.IsNullOrWhiteSpace(request.ContentPath) ? null : request.ContentPath.Trim(),
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
        };
        db.Add(interaction);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (DatabaseBusy.IsBusy(e))
        {
            db.Entry(interaction).State = EntityState.Detached;
            logger.LogWarning(e, "Interaction for user {UserId} not recorded: the database stayed locked", ownerId);
            return new RecordResult(RecordOutcome.Busy, DatabaseBusy.Message);
        }

        logger.LogInformation("Recorded {Direction} {Type} on contact {ContactId} for user {UserId}",
            interaction.Direction, interaction.Type, interaction.ContactId, ownerId);
        return new RecordResult(RecordOutcome.Recorded, InteractionId: interaction.Id);
    }

    /// <summary>
    /// Removes one of the owner's interactions with the caller's context (the contact's totals are recounted in the
    /// same transaction); false when there is no such interaction of this owner.
    /// </summary>
    public async Task<bool> RemoveAsync(ApplicationDbContext db, string ownerId, long interactionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        var interaction = await db.Set<Interaction>().SingleOrDefaultAsync(i => i.Id == interactionId && i.OwnerId == ownerId, ct);
        if (interaction is null)
        {
            return false;
        }

        db.Remove(interaction);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Removed interaction {InteractionId} on contact {ContactId} for user {UserId}", interactionId, interaction.ContactId, ownerId);
        return true;
    }

    private static string? Validate(NewInteraction request)
    {
        if (!Enum.IsDefined(request.Direction) || !Enum.IsDefined(request.Type) || !Enum.IsDefined(request.Channel))
        {
            return "Choose a direction, a type and a channel.";
        }

        if (InteractionTypes.DirectionOf(request.Type) != request.Direction)
        {
            return $"\"{InteractionTypes.Label(request.Type)}\" is not a kind of {request.Direction.ToString().ToLowerInvariant()}.";
        }

        if (request.Note is { Length: > 4000 })
        {
            return "The note is limited to 4000 characters.";
        }

        if (request.ContentPath is { } path && (path.Length > 500 || path.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(path)))
        {
            return "The linked content must be a path inside the content folder.";
        }

        return null;
    }
}
