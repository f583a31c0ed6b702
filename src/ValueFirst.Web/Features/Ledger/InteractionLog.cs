using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Data;
using ValueFirst.Web.Infrastructure;
using ValueFirst.Core.Time;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// Records gives, asks and received value on the signed-in user's contacts. An ask that is not earned
/// is not stored until the user confirms it, having seen why it is not earned.
/// </summary>
public sealed class InteractionLog(IDbContextFactory<ApplicationDbContext> dbFactory, TimeProvider clock, ILogger<InteractionLog> logger)
{
    /// <summary>Latest accepted time, relative to now, for clock skew between the browser and the server.</summary>
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    /// <param name="confirmUnearnedAsk">True only after the user saw the warning and confirmed the ask anyway.</param>
    public async Task<LogResult> LogAsync(string ownerId, LogInteraction request, bool confirmUnearnedAsk = false, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        ArgumentNullException.ThrowIfNull(request);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contactExists = await LedgerReader.Contacts(db, ownerId).AnyAsync(c => c.Id == request.ContactId, ct);
        if (!contactExists)
        {
            return new LogResult(LogOutcome.ContactNotFound, "Contact not found.");
        }

        if (Validate(request) is { } error)
        {
            return new LogResult(LogOutcome.Invalid, error);
        }

        var inputs = await LedgerReader.GetInputsAsync(db, ownerId, clock, ct);
        var occurredUtc = request.OccurredLocal is { } local ? LocalDays.ToUtc(local, inputs.Zone) : inputs.Now.UtcDateTime;
        if (occurredUtc > inputs.Now.UtcDateTime + FutureTolerance)
        {
            return new LogResult(LogOutcome.Invalid, "An interaction cannot be in the future.");
        }

        if (request.Direction == InteractionDirection.Ask && !confirmUnearnedAsk)
        {
            var contact = (await LedgerReader.LoadAsync(db, ownerId, LedgerReader.Contacts(db, ownerId).Where(c => c.Id == request.ContactId),
                inputs, request.ContactId, ct)).Single();
            var readiness = AskReadiness.Evaluate(contact.Facts, inputs.Settings, inputs.Now, inputs.Zone);
            if (readiness.State != AskState.AskEarned)
            {
                return new LogResult(LogOutcome.NeedsConfirmation,
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
            // One INSERT in its own transaction: it either committed or left nothing behind.
            logger.LogWarning(e, "Interaction for user {UserId} not logged: the database stayed locked", ownerId);
            return new LogResult(LogOutcome.Busy, DatabaseBusy.Message);
        }

        logger.LogInformation("Logged {Direction} {Type} on contact {ContactId} for user {UserId}",
            interaction.Direction, interaction.Type, interaction.ContactId, ownerId);
        return new LogResult(LogOutcome.Recorded, InteractionId: interaction.Id);
    }

    private static string? Validate(LogInteraction request)
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
