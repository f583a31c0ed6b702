using ValueFirst.Core.Ledger;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// How many gives, asks or received values an owner logged in one UTC hour: kept by database triggers on every
/// insert, delete (cascades included) and change of an <see cref="Interaction"/> (see the migration
/// LedgerCountsInteractionsByHour), so a year of month counts sums about nine thousand rows at most instead of
/// visiting every interaction.
/// </summary>
public sealed class InteractionHour
{
    public required string OwnerId { get; set; }

    /// <summary>The start of the UTC hour.</summary>
    public DateTime HourUtc { get; set; }

    public InteractionDirection Direction { get; set; }

    /// <summary>Interactions in the hour; zero once they are all deleted (the row stays).</summary>
    public int Count { get; set; }
}
