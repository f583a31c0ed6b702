namespace ValueFirst.Web.Features.Ledger;

/// <summary>One page of the balance list.</summary>
/// <param name="Matching">Contacts matching the filter (all pages).</param>
/// <param name="TotalContacts">All the owner's contacts, to tell "no contacts yet" from "nothing matches".</param>
public sealed record BalanceList(IReadOnlyList<BalanceRow> Rows, int Matching, int TotalContacts, int Page, LedgerInputs Inputs)
{
    /// <summary>
    /// The shown contacts left out of suggested gives (snoozed or "not this person") and until when: their state is
    /// still the ledger's, but the hour and the reminder skip them, and the row says so.
    /// </summary>
    public IReadOnlyDictionary<int, DateOnly> PausedUntil { get; init; } = new Dictionary<int, DateOnly>();

    public int PageCount => Math.Max(1, (Matching + BalanceFilter.PageSize - 1) / BalanceFilter.PageSize);
}
