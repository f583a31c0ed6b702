using ValueFirst.Core.Ledger;

namespace ValueFirst.Core.Relationships;

/// <summary>A connected contact who could introduce the user to a target, and whether an ask of them is earned.</summary>
/// <param name="Shared">What they have in common with the target, in words: "both at Acme", "both into saas, pricing".</param>
/// <param name="Readiness">The introducer's ask readiness: asking for an introduction is an ask to them.</param>
public sealed record Introducer(IntroductionCandidate Contact, string Shared, AskReadinessResult Readiness)
{
    public int ContactId => Contact.ContactId;

    public string Name => Contact.Name;

    public string? Company => Contact.Company;

    public bool AskEarned => Readiness.State == AskState.AskEarned;
}
