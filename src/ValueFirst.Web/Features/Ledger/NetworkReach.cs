namespace ValueFirst.Web.Features.Ledger;

/// <summary>How much of the network is nurtured: connected contacts, and those with an interaction since a day.</summary>
public sealed record NetworkReach(int Connected, int Reached);
