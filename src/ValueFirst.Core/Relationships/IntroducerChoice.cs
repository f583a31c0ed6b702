namespace ValueFirst.Core.Relationships;

/// <summary>The connected contact best placed to introduce a target, and what they share, before their readiness is known.</summary>
public sealed record IntroducerChoice(IntroductionCandidate Contact, string Shared)
{
    public Introducer With(Ledger.AskReadinessResult readiness) => new(Contact, Shared, readiness);
}
