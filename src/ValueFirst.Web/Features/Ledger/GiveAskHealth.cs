using ValueFirst.Core.Ledger;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>The dashboard's give/ask health: how many contacts are in each state and who should receive value first.</summary>
public sealed record GiveAskHealth(int TotalContacts, IReadOnlyDictionary<AskState, int> CountsByState, IReadOnlyList<GiveFirstEntry> GiveFirst)
{
    public int Count(AskState state) => CountsByState.GetValueOrDefault(state);
}
