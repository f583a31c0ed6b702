using ValueFirst.Core.Ledger;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>
/// What a signed reminder link carries: one action on one contact of one user, for the reminder's ISO week. The id
/// makes the link work once (<see cref="EmailActionUse"/>); a "Done" link also carries the give it logs.
/// </summary>
public sealed record EmailActionTicket(
    Guid Id,
    string UserId,
    int ContactId,
    int IsoYear,
    int IsoWeek,
    EmailAction Action,
    InteractionType? GiveType = null,
    string? ContentPath = null);
