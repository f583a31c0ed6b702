using ValueFirst.Core.Content;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Time;

namespace ValueFirst.Core.Reminders;

/// <summary>
/// One concrete thing to give a contact, so the reminder says what to do and not only whom to think of. The weekly
/// session chooses richer, varied ideas (articles by tag, introductions); this is the short form for an email, and
/// the give its "Done" link logs.
/// </summary>
public static class SuggestedGive
{
    public static string For(GiveFirstEntry entry, DateOnly today) => Suggest(entry, today, []).Text;

    /// <summary>The suggestion for <paramref name="entry"/>; a published article sharing one of their tags is named and linked.</summary>
    public static GiveSuggestion Suggest(GiveFirstEntry entry, DateOnly today, IReadOnlyList<ContentItem> content)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(content);
        if (entry.RoleChangedOn is { } changed && LocalDays.Between(changed, today) <= GiveFirstRanking.RecentRoleChangeDays)
        {
            return new GiveSuggestion("Congratulate them on their new role", InteractionType.Congratulated);
        }

        var tags = entry.Tags.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        var article = content
            .Where(c => c.Status == ContentStatus.Published && c.Tags.Any(t => tags.Contains(t, StringComparer.OrdinalIgnoreCase)))
            .OrderByDescending(c => c.IsOwn)
            .ThenByDescending(c => c.Date)
            .ThenBy(c => c.Path, StringComparer.Ordinal)
            .FirstOrDefault();
        if (article is not null)
        {
            return article.IsOwn
                ? new GiveSuggestion($"Send them your article “{article.Title}”", InteractionType.SentMyArticle, article.Path)
                : new GiveSuggestion($"Send them the article “{article.Title}”", InteractionType.SentRecommendedArticle, article.Path);
        }

        if (tags.Count > 0)
        {
            return new GiveSuggestion($"Send them something useful about {tags[0]}", InteractionType.SentRecommendedArticle);
        }

        return entry.Turn == GiveTurn.FirstGive
            ? new GiveSuggestion("Comment thoughtfully on their latest post", InteractionType.CommentedThoughtfully)
            : new GiveSuggestion("Share one of their posts with a line on why it matters", InteractionType.SharedTheirPost);
    }
}
