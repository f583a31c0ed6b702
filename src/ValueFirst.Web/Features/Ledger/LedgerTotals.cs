namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// One contact's all-time ledger figures, kept up to date on every interaction write (see
/// <see cref="LedgerTotalsRecount"/>), so the balance list and the give-first list read one small row per contact
/// instead of aggregating every interaction on each request. There is a row exactly when the contact has
/// at least one interaction; the 90-day window counts slide with the clock and are read from the interactions.
/// </summary>
public sealed class LedgerTotals
{
    public int ContactId { get; set; }

    public int Gives { get; set; }

    public int Asks { get; set; }

    public int Received { get; set; }

    public DateTime? LastGiveUtc { get; set; }

    public DateTime? LastAskUtc { get; set; }

    /// <summary>Gives strictly after the last ask (all gives when never asked).</summary>
    public int GivesSinceLastAsk { get; set; }
}
