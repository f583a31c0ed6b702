using ValueFirst.Core.Content;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Time;

namespace ValueFirst.Core.Sessions;

/// <summary>
/// Chooses what to give each contact of a week's give list so the hour is varied: a congratulation on a new role, a
/// published article whose tags match theirs, an introduction to a connected contact who shares a tag, an offer of
/// help, sharing or commenting on their post, an endorsement. The most specific idea a contact allows comes first,
/// but no kind is used for more than a third of the gives (rounded up): the four ideas that fit anyone (help, share,
/// comment, endorse) always leave an alternative.
/// </summary>
public sealed class GiveIdeas
{
    private static readonly InteractionType[] ForAnyone =
        [InteractionType.HelpedWithQuestion, InteractionType.SharedTheirPost, InteractionType.CommentedThoughtfully, InteractionType.Endorsed];

    private readonly List<ContentItem> published;
    private readonly IntroductionIndex introductions;
    private readonly DateOnly today;

    public GiveIdeas(IReadOnlyList<ContentItem> content, IReadOnlyList<SessionContact> connected, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(connected);
        published = content.Where(c => c.Status == ContentStatus.Published && c.Tags.Count > 0).ToList();
        introductions = new IntroductionIndex(connected);
        this.today = today;
    }

    /// <summary>One idea per entry, in the entries' order, varied across them.</summary>
    /// <param name="alreadyChosen">Gives of the same hour chosen elsewhere (introductions from what contacts said they
    /// need): they count towards the third, so the hour as a whole stays varied.</param>
    public IReadOnlyList<GiveIdea> Choose(IReadOnlyList<GiveFirstEntry> entries, IReadOnlyList<InteractionType>? alreadyChosen = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        alreadyChosen ??= [];
        var limit = Math.Max(1, (entries.Count + alreadyChosen.Count + 2) / 3);
        var used = alreadyChosen.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var chosen = new List<GiveIdea>(entries.Count);
        foreach (var entry in entries)
        {
            var options = Specific(entry)
                .Concat(ForAnyone.OrderBy(kind => used.GetValueOrDefault(kind)).Select(kind => Generic(kind)))
                .ToList();
            var idea = options.FirstOrDefault(o => used.GetValueOrDefault(o.Kind) < limit)
                ?? options.MinBy(o => used.GetValueOrDefault(o.Kind))!;
            used[idea.Kind] = used.GetValueOrDefault(idea.Kind) + 1;
            chosen.Add(idea);
        }

        return chosen;
    }

    // The ideas only this contact allows, most valuable first.
    private IEnumerable<GiveIdea> Specific(GiveFirstEntry entry)
    {
        if (entry.RoleChangedOn is { } changed && LocalDays.Between(changed, today) <= GiveFirstRanking.RecentRoleChangeDays)
        {
            var role = string.Join(" at ", new[] { entry.Position, entry.Company }.Where(s => !string.IsNullOrWhiteSpace(s)));
            yield return new GiveIdea(InteractionType.Congratulated,
                role.Length > 0 ? $"Congratulate them on their new role as {role}" : "Congratulate them on their new role");
        }

        var article = published
            .Select(c => (Item: c, Shared: Shared(entry.Tags, c.Tags)))
            .Where(x => x.Shared.Count > 0)
            .OrderByDescending(x => x.Item.IsOwn)
            .ThenByDescending(x => x.Shared.Count)
            .ThenByDescending(x => x.Item.Date)
            .ThenBy(x => x.Item.Path, StringComparer.Ordinal)
            .FirstOrDefault();
        if (article.Item is { } item)
        {
            var whose = item.IsOwn ? "your article" : "the article";
            yield return new GiveIdea(item.IsOwn ? InteractionType.SentMyArticle : InteractionType.SentRecommendedArticle,
                $"Send them {whose} “{item.Title}” (they are into {string.Join(", ", article.Shared)})", item.Path, item.Url);
        }

        if (introductions.BestFor(entry) is { } match)
        {
            yield return new GiveIdea(InteractionType.MadeIntroduction,
                $"Introduce them to {match.Contact.Name}{Company(match.Contact.Company)}: both are into {string.Join(", ", match.Shared)}");
        }
    }

    private static GiveIdea Generic(InteractionType kind) => kind switch
    {
        InteractionType.HelpedWithQuestion => new GiveIdea(kind, "Ask what they are working on this quarter and offer one concrete bit of help"),
        InteractionType.SharedTheirPost => new GiveIdea(kind, "Share their latest post with a line on why it matters to your network"),
        InteractionType.CommentedThoughtfully => new GiveIdea(kind, "Comment on their latest post with a thought or question of your own"),
        _ => new GiveIdea(InteractionType.Endorsed, "Endorse a skill of theirs you have seen them use"),
    };

    private static string Company(string? company) => string.IsNullOrWhiteSpace(company) ? "" : $" ({company})";

    internal static List<string> Shared(IReadOnlyList<string> mine, IReadOnlyList<string> theirs) =>
        mine.Where(t => theirs.Contains(t, StringComparer.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Connected contacts by tag, so each give looks only at people who share one of its tags.</summary>
    private sealed class IntroductionIndex(IReadOnlyList<SessionContact> connected)
    {
        private Dictionary<string, List<SessionContact>>? byTag;

        public (SessionContact Contact, List<string> Shared)? BestFor(GiveFirstEntry entry)
        {
            if (entry.Tags.Count == 0)
            {
                return null;
            }

            byTag ??= Index(connected);
            var best = entry.Tags
                .SelectMany(t => byTag.TryGetValue(t, out var list) ? list : [])
                .Where(c => c.Id != entry.ContactId)
                .DistinctBy(c => c.Id)
                .Select(c => (Contact: c, Shared: Shared(entry.Tags, c.Tags)))
                .OrderByDescending(x => x.Shared.Count)
                .ThenByDescending(x => x.Contact.FitScore)
                .ThenBy(x => x.Contact.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(x => x.Contact.Id)
                .FirstOrDefault();
            return best.Contact is null ? null : best;
        }

        private static Dictionary<string, List<SessionContact>> Index(IReadOnlyList<SessionContact> contacts)
        {
            var index = new Dictionary<string, List<SessionContact>>(StringComparer.OrdinalIgnoreCase);
            foreach (var contact in contacts)
            {
                foreach (var tag in contact.Tags)
                {
                    if (!index.TryGetValue(tag, out var list))
                    {
                        index[tag] = list = [];
                    }

                    list.Add(contact);
                }
            }

            return index;
        }
    }
}
