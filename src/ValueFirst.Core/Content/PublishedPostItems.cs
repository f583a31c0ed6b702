namespace ValueFirst.Core.Content;

/// <summary>
/// Adds the posts the user really published to the drafts, so months and quarters are measured against what was
/// posted. A draft whose <c>url</c> is the post's link (or the link the post shared) is that post: it counts as
/// published on the day it was posted, unless it already says published with a date. Any other post becomes a
/// published item of its own (an own article, or a share when it shared a link), never two for one post.
/// </summary>
public static class PublishedPostItems
{
    /// <summary>The <see cref="ContentItem.Extra"/> key that marks an item made from a LinkedIn post.</summary>
    public const string SourceKey = "source";

    public const string LinkedInSource = "linkedin";

    /// <summary>The path prefix of items made from posts; no draft file has it (a colon is not in draft paths).</summary>
    public const string PathPrefix = "linkedin:";

    public static IReadOnlyList<ContentItem> Merge(IReadOnlyList<ContentItem> drafts, IReadOnlyList<PublishedPost> posts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(posts);
        if (posts.Count == 0)
        {
            return drafts;
        }

        var byUrl = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < drafts.Count; i++)
        {
            if (Contacts.ProfileUrl.Normalize(drafts[i].Url) is { } url)
            {
                byUrl.TryAdd(url, i);
            }
        }

        var items = drafts.ToList();
        var matched = new HashSet<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var post in posts.OrderBy(p => p.PostedOn).ThenBy(p => p.ShareUrl, StringComparer.Ordinal))
        {
            if (!seen.Add(post.ShareUrl))
            {
                continue;
            }

            if ((byUrl.TryGetValue(post.ShareUrl, out var index) || (post.SharedUrl is { } shared && byUrl.TryGetValue(shared, out index)))
                && matched.Add(index))
            {
                var draft = items[index];
                if (draft.Status != ContentStatus.Published || draft.Date is null)
                {
                    items[index] = draft with { Status = ContentStatus.Published, Date = post.PostedOn };
                }

                continue;
            }

            items.Add(new ContentItem(
                PathPrefix + post.ShareUrl, post.Title, post.Kind, ContentStatus.Published, post.PostedOn, [], null, post.ShareUrl,
                DateTime.MinValue, new Dictionary<string, string> { [SourceKey] = LinkedInSource }));
        }

        return items;
    }

    /// <summary>True for an item made from a LinkedIn post rather than a draft file.</summary>
    public static bool IsPost(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Extra.TryGetValue(SourceKey, out var source) && source == LinkedInSource;
    }
}
