using ValueFirst.Core.Ledger;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>One give, ask or received value with a contact.</summary>
public sealed class Interaction
{
    public long Id { get; set; }

    public required string OwnerId { get; set; }

    public int ContactId { get; set; }

    public Contact? Contact { get; set; }

    /// <summary>When it happened, in UTC (SQLite cannot order <see cref="DateTimeOffset"/>).</summary>
    public DateTime OccurredUtc { get; set; }

    public InteractionDirection Direction { get; set; }

    public InteractionType Type { get; set; }

    public InteractionChannel Channel { get; set; }

    /// <summary>Path (relative to the content folder) of a linked draft or article, if any.</summary>
    public string? ContentPath { get; set; }

    public string? Note { get; set; }
}
