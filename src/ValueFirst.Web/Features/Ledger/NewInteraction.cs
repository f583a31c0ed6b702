using ValueFirst.Core.Ledger;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>An interaction to record, as the quick-add buttons and the small form send it.</summary>
/// <param name="OccurredLocal">Wall-clock time in the user's zone; null means now.</param>
/// <param name="ContentPath">A linked draft or article, relative to the content folder.</param>
public sealed record NewInteraction(
    int ContactId,
    InteractionDirection Direction,
    InteractionType Type,
    InteractionChannel Channel = InteractionChannel.LinkedIn,
    DateTime? OccurredLocal = null,
    string? Note = null,
    string? ContentPath = null);
