namespace ValueFirst.Core.Ledger;

/// <summary>One readiness rule as it stands for one contact, in the user's words, e.g. "3 of 3 gives since your last ask ✓".</summary>
/// <param name="OpensOn">For a rule that time alone will meet (days since connecting, days between asks): the day it opens.</param>
public sealed record ReadinessCheck(string Text, bool Met, DateOnly? OpensOn = null)
{
    public override string ToString() => $"{Text} {(Met ? "✓" : "✗")}";
}
