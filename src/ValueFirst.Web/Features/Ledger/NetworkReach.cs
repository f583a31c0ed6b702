namespace ValueFirst.Web.Features.Ledger;

/// <summary>How much of the network is nurtured: connected contacts, and those in touch since a day.</summary>
/// <param name="Reached">Connected contacts with a ledger entry (any direction) or a LinkedIn message since the day.</param>
/// <param name="ByMessageOnly">
/// Those of <paramref name="Reached"/> in touch only by imported LinkedIn messages: the ledger does not know yet what
/// those messages were (a give, an ask, value received) until the user says so on the contact's page.
/// </param>
public sealed record NetworkReach(int Connected, int Reached, int ByMessageOnly = 0);
