namespace ValueFirst.Web.Features.Ledger;

/// <summary>A contact left out of the give-first list until a day (snoozed or "not this person" from the reminder email).</summary>
public sealed class SuggestionPause
{
    /// <summary>One pause per contact; pausing again moves its end.</summary>
    public int ContactId { get; set; }

    public required string OwnerId { get; set; }

    /// <summary>The first day, in the owner's zone, the contact may be suggested again.</summary>
    public DateOnly PausedUntil { get; set; }
}
