using System.Globalization;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Content;
using ValueFirst.Core.Ledger;

namespace ValueFirst.Core.Sessions;

/// <summary>
/// Builds one week's connecting hour: give value, vet invitations, reach out, follow up, earned asks (at most
/// two), publish or share — in that priority — each item with a concrete suggestion and an estimate.
/// The hour is filled greedily in priority order: an item that no longer fits goes to
/// <see cref="WeeklySessionPlan.NotFitted"/>, and a later, shorter item may still use the minutes left
/// (a 3-minute follow-up after a 5-minute invitation did not fit). An empty contact book gets the
/// first-week checklist instead (import connections, write the ideal-client profile, plan an article).
/// </summary>
public static class WeeklySessionBuilder
{
    /// <summary>The seeds' limit: asks are rare, at most two a week.</summary>
    public const int MaxAsks = 2;

    public static WeeklySessionPlan Build(WeeklySessionInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(inputs.DurationMinutes, 0);
        var estimates = inputs.Estimates ?? SessionEstimates.Default;
        var (weekStart, weekEnd) = (inputs.Week.Monday, inputs.Week.Sunday);

        IEnumerable<PlannedSessionItem> candidates = inputs.ContactCount == 0
            ? FirstWeek()
            : Give(inputs, estimates)
                .Concat(Vet(inputs, estimates))
                .Concat(ReachOut(inputs, estimates))
                .Concat(FollowUp(inputs, estimates, weekEnd))
                .Concat(Ask(inputs, estimates));
        candidates = candidates.Concat(Publish(inputs.Content, estimates, weekStart, weekEnd));

        var fitted = new List<PlannedSessionItem>();
        var notFitted = new List<PlannedSessionItem>();
        var remaining = inputs.DurationMinutes;
        foreach (var item in candidates)
        {
            if (item.EstimateMinutes <= remaining)
            {
                fitted.Add(item);
                remaining -= item.EstimateMinutes;
            }
            else
            {
                notFitted.Add(item);
            }
        }

        return new WeeklySessionPlan(inputs.Week, inputs.DurationMinutes, fitted, notFitted);
    }

    private static IEnumerable<PlannedSessionItem> Give(WeeklySessionInputs inputs, SessionEstimates estimates)
    {
        var published = inputs.Content.Where(c => c.Status == ContentStatus.Published && c.Tags.Count > 0).ToList();
        var introductions = new IntroductionIndex(inputs.Connected);
        foreach (var entry in inputs.GiveFirst.Where(e => e.State != AskState.AskEarned))
        {
            var title = WithCompany(entry.Name, entry.Company);
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
                yield return new PlannedSessionItem(SessionSection.GiveValue, entry.ContactId, title,
                    $"Send them “{item.Title}” (matching tags: {string.Join(", ", article.Shared)})",
                    estimates.GiveMinutes, ContentPath: item.Path, Link: item.Url,
                    Interaction: item.IsOwn ? InteractionType.SentMyArticle : InteractionType.SentRecommendedArticle);
                continue;
            }

            if (introductions.BestFor(entry) is { } match)
            {
                yield return new PlannedSessionItem(SessionSection.GiveValue, entry.ContactId, title,
                    $"Introduce them to {match.Contact.Name} (matching tags: {string.Join(", ", match.Shared)})",
                    estimates.GiveMinutes, Interaction: InteractionType.MadeIntroduction);
                continue;
            }

            yield return new PlannedSessionItem(SessionSection.GiveValue, entry.ContactId, title,
                "Comment on their latest post", estimates.GiveMinutes, Interaction: InteractionType.CommentedThoughtfully);
        }
    }

    private static IEnumerable<PlannedSessionItem> Vet(WeeklySessionInputs inputs, SessionEstimates estimates) =>
        inputs.Pending.Select(c =>
        {
            var decision = VettingRules.Decide(new VettingInput(c.Signals, c.ConnectionCount), inputs.Vetting);
            var why = decision.Reasons.Count > 0 ? $" — {decision.Reasons[0]}" : "";
            return new PlannedSessionItem(SessionSection.VetInvitations, c.Id, WithCompany(c.Name, c.Company),
                $"{decision.Summary}{why}", estimates.VetMinutes, Decision: decision.Outcome);
        });

    private static IEnumerable<PlannedSessionItem> ReachOut(WeeklySessionInputs inputs, SessionEstimates estimates) =>
        inputs.Targets.Select(c =>
        {
            var hook = !string.IsNullOrWhiteSpace(c.Headline) ? $"mention what they do (“{c.Headline}”)"
                : c.Tags.Count > 0 ? $"mention your shared interest in {string.Join(", ", c.Tags.Take(2))}"
                : "say why you want to connect";
            return new PlannedSessionItem(SessionSection.ReachOut, c.Id, WithCompany(c.Name, c.Company),
                $"Send a personal invitation: {hook}. No generic requests.", estimates.ReachOutMinutes, RequiresNote: true);
        });

    private static IEnumerable<PlannedSessionItem> FollowUp(WeeklySessionInputs inputs, SessionEstimates estimates, DateOnly weekEnd) =>
        inputs.FollowUps
            .Where(c => c.FollowUpOn is { } due && due <= weekEnd)
            .OrderBy(c => c.FollowUpOn)
            .ThenByDescending(c => c.FitScore)
            .Select(c =>
            {
                var due = c.FollowUpOn!.Value;
                var when = due < inputs.Today
                    ? $"overdue since {due.ToString("ddd d MMM", CultureInfo.InvariantCulture)}"
                    : $"due {due.ToString("ddd d MMM", CultureInfo.InvariantCulture)}";
                return new PlannedSessionItem(SessionSection.FollowUp, c.Id, WithCompany(c.Name, c.Company),
                    $"Follow up ({when})", estimates.FollowUpMinutes);
            });

    private static IEnumerable<PlannedSessionItem> Ask(WeeklySessionInputs inputs, SessionEstimates estimates) =>
        inputs.EarnedAsks
            .Where(e => e.State == AskState.AskEarned)
            .Take(MaxAsks)
            .Select(e => new PlannedSessionItem(SessionSection.EarnedAsks, e.ContactId, WithCompany(e.Name, e.Company),
                $"Your ask is earned ({e.Reason}): ask for a meeting, a referral or an introduction", estimates.AskMinutes,
                Interaction: InteractionType.AskedForMeeting));

    private static IEnumerable<PlannedSessionItem> Publish(IReadOnlyList<ContentItem> content, SessionEstimates estimates, DateOnly weekStart, DateOnly weekEnd) =>
        content
            .Where(c => c.Date is { } d && d >= weekStart && d <= weekEnd)
            .OrderBy(c => c.Date)
            .ThenBy(c => c.Path, StringComparer.Ordinal)
            .Select(c =>
            {
                var day = c.Date!.Value.ToString("ddd d MMM", CultureInfo.InvariantCulture);
                var suggestion = (c.Kind, c.Status) switch
                {
                    (ContentKind.Share, _) => $"Share it with a comment of your own (planned {day})",
                    (_, ContentStatus.Published) => $"Share it with the people it helps (published {day})",
                    _ => $"Publish it (planned {day}, now {c.Status.ToString().ToLowerInvariant()})",
                };
                return new PlannedSessionItem(SessionSection.PublishOrShare, null, c.Title, suggestion, estimates.PublishMinutes,
                    ContentPath: c.Path, Link: c.Url);
            });

    private static IEnumerable<PlannedSessionItem> FirstWeek()
    {
        const int minutes = SessionEstimates.FirstWeekMinutes;
        yield return new PlannedSessionItem(SessionSection.FirstWeek, null, "Import your LinkedIn connections",
            "Download your connections from LinkedIn (Settings → Data privacy → Get a copy of your data → Connections) and upload the file on the Contacts page.",
            minutes, Link: "contacts");
        yield return new PlannedSessionItem(SessionSection.FirstWeek, null, "Write your ideal-client profile",
            "Describe who you serve best (industries, roles, interests) in Settings; every contact gets a fit score from it.",
            minutes, Link: "settings");
        yield return new PlannedSessionItem(SessionSection.FirstWeek, null, "Plan an article",
            "Put a draft with a planned date in your content folder: publish at least every quarter, preferably every month.",
            minutes, Link: "calendar");
    }

    private static string WithCompany(string name, string? company) =>
        string.IsNullOrWhiteSpace(company) ? name : $"{name} ({company})";

    private static List<string> Shared(IReadOnlyList<string> mine, IReadOnlyList<string> theirs) =>
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
            var candidates = entry.Tags
                .SelectMany(t => byTag.TryGetValue(t, out var list) ? list : [])
                .Where(c => c.Id != entry.ContactId)
                .DistinctBy(c => c.Id)
                .Select(c => (Contact: c, Shared: Shared(entry.Tags, c.Tags)))
                .OrderByDescending(x => x.Shared.Count)
                .ThenByDescending(x => x.Contact.FitScore)
                .ThenBy(x => x.Contact.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(x => x.Contact.Id)
                .FirstOrDefault();
            return candidates.Contact is null ? null : candidates;
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
