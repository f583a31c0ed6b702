using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Relationships;
using ValueFirst.Core.Sessions;

namespace ValueFirst.Web.Features.Sessions;

/// <summary>One checklist line of a <see cref="WeeklySession"/>, as planned by the Core builder, and whether it is done.</summary>
public sealed class SessionItem
{
    public long Id { get; set; }

    public long SessionId { get; set; }

    public SessionSection Section { get; set; }

    /// <summary>Position in the plan (priority order); items that did not fit follow the fitted ones.</summary>
    public int Order { get; set; }

    public int? ContactId { get; set; }

    public required string Title { get; set; }

    public required string Suggestion { get; set; }

    /// <summary>Why this person or piece, this week.</summary>
    public string? Reason { get; set; }

    public int EstimateMinutes { get; set; }

    /// <summary>False for the items listed as "did not fit this hour".</summary>
    public bool Fitted { get; set; }

    public bool RequiresNote { get; set; }

    public VettingOutcome? Decision { get; set; }

    public InteractionType? Interaction { get; set; }

    public string? ContentPath { get; set; }

    public string? Link { get; set; }

    public DateTime? DoneUtc { get; set; }

    /// <summary>The personal note of an invitation (or any note the user added when ticking).</summary>
    public string? Note { get; set; }

    /// <summary>The ledger entry the tick recorded, removed again on untick.</summary>
    public long? InteractionId { get; set; }

    /// <summary>The relationship-path step the item does (follow a target, a warm-up touch, a welcome…); null for the classic items.</summary>
    public PathStep? Step { get; set; }

    /// <summary>The second person of the step: the target an introduction is asked for, the one an introduction is to.</summary>
    public int? OtherContactId { get; set; }
}
