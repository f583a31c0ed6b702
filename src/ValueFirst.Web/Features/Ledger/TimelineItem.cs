using ValueFirst.Core.Ledger;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>One interaction on a contact's timeline.</summary>
public sealed record TimelineItem(
    long Id,
    DateTime OccurredUtc,
    InteractionDirection Direction,
    InteractionType Type,
    InteractionChannel Channel,
    string? ContentPath,
    string? Note);
