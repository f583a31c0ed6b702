using ValueFirst.Core.Content;

namespace ValueFirst.Web.Features.Content;

/// <summary>
/// A post the user published on LinkedIn, from the Shares.csv of their export: part of their content history.
/// One row per owner and post link, so a re-import updates instead of adding.
/// </summary>
public sealed class ImportedPost
{
    public long Id { get; set; }

    public required string OwnerId { get; set; }

    /// <summary>The post's own link, normalised: its identity.</summary>
    public required string ShareUrl { get; set; }

    /// <summary>A link the post shared (someone else's article), if any.</summary>
    public string? SharedUrl { get; set; }

    public string? MediaUrl { get; set; }

    public string? Commentary { get; set; }

    public DateTime PostedUtc { get; set; }

    public ContentKind Kind { get; set; }

    public DateTime ImportedUtc { get; set; }
}
