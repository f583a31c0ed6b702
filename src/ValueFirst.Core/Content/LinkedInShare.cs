namespace ValueFirst.Core.Content;

/// <summary>
/// One readable row of LinkedIn's Shares.csv: a post of the user's own. <see cref="ShareUrl"/> (normalised) is the
/// post's identity; <see cref="SharedUrl"/> is a link the post shared, if any.
/// </summary>
public sealed record LinkedInShare(
    int LineNumber,
    DateTime PostedUtc,
    string ShareUrl,
    string? Commentary,
    string? SharedUrl,
    string? MediaUrl)
{
    /// <summary>A post that shares a link recommends someone else's piece; one without is the user's own.</summary>
    public ContentKind Kind => SharedUrl is null ? ContentKind.Article : ContentKind.Share;
}
