using ValueFirst.Core.Ledger;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>The give-first list and the earned asks of one user, ranked and explained.</summary>
public sealed record RankedContacts(IReadOnlyList<GiveFirstEntry> GiveFirst, IReadOnlyList<GiveFirstEntry> EarnedAsks);
