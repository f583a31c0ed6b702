namespace ValueFirst.Core.Ledger;

/// <summary>
/// The aggregated give/ask history of one contact: everything readiness, cadence and the balance page
/// need, small enough for the database to compute per contact (GROUP BY) instead of loading every interaction.
/// </summary>
/// <param name="LastGiveUtc">When I last gave value; null when never.</param>
/// <param name="LastAskUtc">When I last asked; null when never.</param>
/// <param name="GivesSinceLastAsk">Gives strictly after the last ask (all gives when I never asked).</param>
/// <param name="GivesInWindow">Gives within the overdrawn window (<see cref="AskReadiness.WindowDays"/> local days ending today).</param>
/// <param name="AsksInWindow">Asks within the same window.</param>
/// <param name="ConnectedOn">The date we connected; null when not connected (or unknown).</param>
/// <param name="FirstSeenOn">The local day ValueFirst first knew the contact (added or imported).</param>
public sealed record ContactLedgerFacts(
    int Gives,
    int Asks,
    int Received,
    DateTime? LastGiveUtc,
    DateTime? LastAskUtc,
    int GivesSinceLastAsk,
    int GivesInWindow,
    int AsksInWindow,
    DateOnly? ConnectedOn,
    DateOnly? FirstSeenOn = null)
{
    /// <summary>Facts of a contact with no interactions yet.</summary>
    public static ContactLedgerFacts None(DateOnly? connectedOn, DateOnly? firstSeenOn = null) =>
        new(0, 0, 0, null, null, 0, 0, 0, connectedOn, firstSeenOn);

    /// <summary>Gives minus asks: what I have put in compared with what I have asked for.</summary>
    public int Balance => Gives - Asks;

    /// <summary>
    /// Computes the facts from individual interactions. The reference definition the database
    /// aggregation must agree with; <paramref name="windowStartUtc"/> comes from <see cref="AskReadiness.WindowStartUtc"/>.
    /// </summary>
    public static ContactLedgerFacts From(IEnumerable<LedgerEvent> events, DateOnly? connectedOn, DateTime windowStartUtc, DateOnly? firstSeenOn = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var list = events.ToList();
        var gives = list.Where(e => e.Direction == InteractionDirection.Give).Select(e => e.OccurredUtc).ToList();
        var asks = list.Where(e => e.Direction == InteractionDirection.Ask).Select(e => e.OccurredUtc).ToList();
        DateTime? lastGive = gives.Count == 0 ? null : gives.Max();
        DateTime? lastAsk = asks.Count == 0 ? null : asks.Max();
        return new ContactLedgerFacts(
            Gives: gives.Count,
            Asks: asks.Count,
            Received: list.Count(e => e.Direction == InteractionDirection.Received),
            LastGiveUtc: lastGive,
            LastAskUtc: lastAsk,
            GivesSinceLastAsk: lastAsk is { } a ? gives.Count(g => g > a) : gives.Count,
            GivesInWindow: gives.Count(g => g >= windowStartUtc),
            AsksInWindow: asks.Count(g => g >= windowStartUtc),
            ConnectedOn: connectedOn,
            FirstSeenOn: firstSeenOn);
    }
}
