using ValueFirst.Core.Ledger;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>Whether a logged interaction was stored, and if not, why.</summary>
public enum RecordOutcome
{
    Recorded,
    /// <summary>No such contact for this user (another user's contact answers the same).</summary>
    ContactNotFound,
    Invalid,
    /// <summary>An ask that is not earned: nothing stored until the user confirms.</summary>
    NeedsConfirmation,
    /// <summary>The database stayed locked by another process past the busy timeout: nothing stored, try again.</summary>
    Busy,
}

/// <summary>What happened to a <see cref="NewInteraction"/>.</summary>
/// <param name="Message">The validation error or the warning to show.</param>
/// <param name="Readiness">For an unearned ask, the state and reason that caused the warning.</param>
public sealed record RecordResult(RecordOutcome Outcome, string? Message = null, long? InteractionId = null, AskReadinessResult? Readiness = null)
{
    public bool Recorded => Outcome == RecordOutcome.Recorded;
}
