namespace ValueFirst.Core.Ledger;

/// <summary>The ask state of one contact and why, in the user's words.</summary>
/// <param name="Checks">Every readiness rule with its status, in the order they are shown.</param>
/// <param name="DaysSinceConnected">Null when not connected.</param>
/// <param name="DaysSinceLastAsk">Null when I never asked.</param>
/// <param name="OpensOn">When enough has been given and only time stands in the way: the day the ask is earned.</param>
public sealed record AskReadinessResult(
    AskState State,
    IReadOnlyList<ReadinessCheck> Checks,
    int GivesSinceLastAsk,
    int RequiredGives,
    int? DaysSinceConnected,
    int? DaysSinceLastAsk,
    DateOnly? OpensOn)
{
    /// <summary>
    /// Every rule in one line, the same wherever it is shown (warning, contact, balance, checklist, email), e.g.
    /// "3 of 3 gives since your last ask ✓ · connected 5 days ago — the first ask opens on 16 Dec (14 days after connecting) ✗".
    /// </summary>
    public string Reason => string.Join(" · ", Checks);
}
