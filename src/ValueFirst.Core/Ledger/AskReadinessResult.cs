namespace ValueFirst.Core.Ledger;

/// <summary>The ask state of one contact and why, in the user's words.</summary>
/// <param name="Reason">E.g. "2 of 3 gives since your last ask; connected 9 days ago".</param>
/// <param name="DaysSinceConnected">Null when not connected.</param>
/// <param name="DaysSinceLastAsk">Null when I never asked.</param>
public sealed record AskReadinessResult(
    AskState State,
    string Reason,
    int GivesSinceLastAsk,
    int RequiredGives,
    int? DaysSinceConnected,
    int? DaysSinceLastAsk);
