using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// The only writer of <see cref="SuggestionPause"/>: leaves one of the owner's contacts out of the give-first list
/// (dashboard, weekly hour, reminder) until a day. Takes part in the caller's unit of work.
/// </summary>
public sealed class SuggestionPauses(ILogger<SuggestionPauses> logger)
{
    /// <summary>
    /// Pauses the contact until <paramref name="until"/> (a later pause already stored is kept) and saves; false when the
    /// contact is not the owner's.
    /// </summary>
    public async Task<bool> PauseAsync(ApplicationDbContext db, string ownerId, int contactId, DateOnly until, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        if (!await LedgerLoader.Contacts(db, ownerId).AnyAsync(c => c.Id == contactId, ct))
        {
            return false;
        }

        var pause = await db.Set<SuggestionPause>().SingleOrDefaultAsync(p => p.ContactId == contactId, ct);
        if (pause is null)
        {
            db.Add(new SuggestionPause { ContactId = contactId, OwnerId = ownerId, PausedUntil = until });
        }
        else if (pause.PausedUntil < until)
        {
            pause.PausedUntil = until;
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Contact {ContactId} of user {UserId} left out of suggestions until {Until}", contactId, ownerId, until);
        return true;
    }

    /// <summary>The rows of contacts that are not paused on <paramref name="today"/>, as a filter for list queries.</summary>
    internal static IQueryable<LedgerStateQuery.StateRow> Unpaused(ApplicationDbContext db, IQueryable<LedgerStateQuery.StateRow> rows, DateOnly today)
    {
        // Taken out of the lambda (as every query here takes its subqueries' sets): EF Core evaluates a method call
        // inside one on every execution by compiling it, a dynamic method per request for the finalizer to destroy.
        var pauses = db.Set<SuggestionPause>();
        return rows.Where(r => !pauses.Any(p => p.ContactId == r.ContactId && p.PausedUntil > today));
    }
}
