namespace ValueFirst.Core.Content;

/// <summary>A post built from a draft (see <see cref="LinkedInPostBuilder"/>).</summary>
/// <param name="Text">The post, ready to paste; at most <see cref="LinkedInText.MaxLength"/> counted characters.</param>
/// <param name="FirstComment">The link to post as the first comment, when the link goes there.</param>
/// <param name="Hook">The opening paragraph, written to fit before the fold.</param>
/// <param name="Hashtags">The hashtags at the end, from the draft's tags.</param>
/// <param name="KeyPoints">The key points listed (the article's headings).</param>
/// <param name="KeyPointsLeftOut">Key points dropped to stay within the limit.</param>
public sealed record LinkedInPost(
    string Text,
    string? FirstComment,
    string Hook,
    IReadOnlyList<string> Hashtags,
    IReadOnlyList<string> KeyPoints,
    int KeyPointsLeftOut)
{
    /// <summary>Characters as LinkedIn counts them (<see cref="LinkedInText.Count"/>).</summary>
    public int Length => LinkedInText.Count(Text);

    /// <summary>What the feed shows before "…see more".</summary>
    public string BeforeFold => Text[..LinkedInText.WholeCharactersWithin(Text, LinkedInText.Fold)];

    /// <summary>True when the whole hook shows before "…see more".</summary>
    public bool HookFitsBeforeFold => LinkedInText.Count(Hook) <= LinkedInText.Fold;
}
