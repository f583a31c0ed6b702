using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Relationships;

namespace ValueFirst.Core.Sessions;

/// <summary>One line of the weekly checklist as planned; the page ticks it and the ledger records what it did.</summary>
/// <param name="Suggestion">The concrete thing to do, in the user's words.</param>
/// <param name="RequiresNote">A personal invitation: ticking it needs the note that was sent (generic requests are what the seeds warn against).</param>
/// <param name="Decision">For a vetting item, what the rules recommend.</param>
/// <param name="ContentPath">The article the item is about (a give suggestion or a piece to publish), relative to the content folder.</param>
/// <param name="Link">Where the suggested piece lives on the web, if known.</param>
/// <param name="Interaction">For a give or an ask, what ticking it records in the ledger.</param>
/// <param name="Reason">Why this person or piece, this week, e.g. "overdue by 12 days since your last give".</param>
/// <param name="Step">The relationship-path step the item does (follow, a warm-up touch, a welcome…); null for the classic items.</param>
/// <param name="OtherContactId">The second person of the step: the target of an introduction request, the one an introduction is to.</param>
public sealed record PlannedSessionItem(
    SessionSection Section,
    int? ContactId,
    string Title,
    string Suggestion,
    int EstimateMinutes,
    bool RequiresNote = false,
    VettingOutcome? Decision = null,
    string? ContentPath = null,
    string? Link = null,
    InteractionType? Interaction = null,
    string? Reason = null,
    PathStep? Step = null,
    int? OtherContactId = null);
