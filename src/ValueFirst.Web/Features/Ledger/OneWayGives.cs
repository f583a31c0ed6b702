namespace ValueFirst.Web.Features.Ledger;

/// <summary>A contact's gives since they last gave anything back.</summary>
/// <param name="Gives">Gives after the last received value (all gives when nothing was ever received).</param>
/// <param name="FirstGiveUtc">The first of those gives.</param>
/// <param name="LastReceivedUtc">The last received value; null when never.</param>
public sealed record OneWayGives(int ContactId, int Gives, DateTime FirstGiveUtc, DateTime? LastReceivedUtc);
