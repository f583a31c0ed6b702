using ValueFirst.Core.Time;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// Told, inside the caller's transaction, that a give suggested for a week was logged outside the weekly hour's
/// checklist (the reminder's "Done" link), so the week's checklist counts it through its own code without the reminder
/// knowing about it.
/// </summary>
public interface ISuggestedGiveListener
{
    Task GiveLoggedAsync(ApplicationDbContext db, string ownerId, int contactId, long interactionId, IsoWeek week, CancellationToken ct);
}
