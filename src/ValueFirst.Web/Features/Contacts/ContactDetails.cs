using ValueFirst.Core.Contacts;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>Everything the detail page shows: the contact, why it fits, what vetting says now and what was decided.</summary>
/// <param name="Vetting">The rules' advice for an invitation or a target; null for a contact that is not vetted (connected, invited, declined).</param>
public sealed record ContactDetails(
    Contact Contact,
    FitScore Fit,
    VettingDecision? Vetting,
    string? IntroducedByName,
    DateTime? LastInteractionUtc);
