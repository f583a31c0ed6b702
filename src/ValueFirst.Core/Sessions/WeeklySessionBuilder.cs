using System.Globalization;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Content;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Relationships;

namespace ValueFirst.Core.Sessions;

/// <summary>
/// Builds one week's connecting hour from plain inputs. The sections, in the seeds' priority: vet the invitations
/// that are waiting, give value, the engagement program of new connections, follow up, reach out to targets (the next
/// step of each one's warm-up), at most two asks (earned asks and introduction requests), publish or share what is
/// dated this week, and the quarterly review. The hour is filled in rounds: every section that has candidates gets
/// one item before any section gets a second, each section up to its cap (<see cref="SessionCaps"/>; reach-outs get
/// one more per pipeline role below its goal), until the minutes run out; what did not fit is listed in
/// <see cref="WeeklySessionPlan.NotFitted"/>. Gives are varied by <see cref="GiveIdeas"/>, introductions from what
/// contacts said they want come first, and every item says what to do and why this one, this week. A contact gets at
/// most one item of the relationship path, and then no second one from the give or ask lists. An empty contact book
/// gets the first-week checklist instead (import connections, write the ideal-client profile, plan an article).
/// </summary>
public static class WeeklySessionBuilder
{
    /// <summary>The seeds' limit: asks are rare, at most two a week.</summary>
    public const int MaxAsks = 2;

    /// <summary>The sections in the order the hour serves them.</summary>
    public static IReadOnlyList<SessionSection> Priority { get; } =
    [
        SessionSection.VetInvitations,
        SessionSection.GiveValue,
        SessionSection.Engage,
        SessionSection.FollowUp,
        SessionSection.ReachOut,
        SessionSection.EarnedAsks,
        SessionSection.PublishOrShare,
        SessionSection.Review,
    ];

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static WeeklySessionPlan Build(WeeklySessionInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(inputs.DurationMinutes, 0);
        var estimates = inputs.Estimates ?? SessionEstimates.Default;
        var caps = inputs.Caps ?? SessionCaps.Default;

        if (inputs.ContactCount == 0)
        {
            return FillInOrder(inputs, FirstWeek().Concat(Publish(inputs, estimates)));
        }

        var path = PathItems.Plan(inputs, inputs.Path ?? PathInputs.Empty, estimates, caps.Give);
        var queues = new Dictionary<SessionSection, Queue<PlannedSessionItem>>
        {
            [SessionSection.VetInvitations] = new(Vet(inputs, estimates)),
            [SessionSection.GiveValue] = new(Give(inputs, estimates, caps.Give, path)),
            [SessionSection.Engage] = new(path.Engage),
            [SessionSection.FollowUp] = new(FollowUp(inputs, estimates)),
            [SessionSection.ReachOut] = new(path.ReachOut),
            [SessionSection.EarnedAsks] = new(Ask(inputs, estimates, path)),
            [SessionSection.PublishOrShare] = new(Publish(inputs, estimates)),
            [SessionSection.Review] = new(path.Review),
        };
        int Cap(SessionSection section) => caps.For(section) + (section == SessionSection.ReachOut ? path.ExtraReachOuts : 0);

        var fitted = Priority.ToDictionary(s => s, _ => new List<PlannedSessionItem>());
        var notFitted = Priority.ToDictionary(s => s, _ => new List<PlannedSessionItem>());
        var full = new HashSet<SessionSection>();
        var remaining = inputs.DurationMinutes;
        for (var progressed = true; progressed;)
        {
            progressed = false;
            foreach (var section in Priority.Where(s => !full.Contains(s)))
            {
                var queue = queues[section];
                if (queue.Count == 0 || fitted[section].Count >= Cap(section))
                {
                    full.Add(section);
                    continue;
                }

                var item = queue.Dequeue();
                if (item.EstimateMinutes <= remaining)
                {
                    fitted[section].Add(item);
                    remaining -= item.EstimateMinutes;
                    progressed = true;
                }
                else
                {
                    // A section's items all take the same time: when one does not fit, the rest will not either.
                    notFitted[section].Add(item);
                    full.Add(section);
                }
            }
        }

        foreach (var section in Priority)
        {
            var room = Cap(section) - fitted[section].Count - notFitted[section].Count;
            notFitted[section].AddRange(queues[section].Take(Math.Max(0, room)));
        }

        return new WeeklySessionPlan(inputs.Week, inputs.DurationMinutes,
            Priority.SelectMany(s => fitted[s]).ToList(),
            Priority.SelectMany(s => notFitted[s]).ToList());
    }

    // The first-week steps and this week's content, in order, as long as they fit.
    private static WeeklySessionPlan FillInOrder(WeeklySessionInputs inputs, IEnumerable<PlannedSessionItem> candidates)
    {
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

    private static IEnumerable<PlannedSessionItem> Vet(WeeklySessionInputs inputs, SessionEstimates estimates) =>
        inputs.Pending.Select(c =>
        {
            var decision = VettingRules.Decide(new VettingInput(c.Signals, c.ConnectionCount), inputs.Vetting);
            return new PlannedSessionItem(SessionSection.VetInvitations, c.Id, WithCompany(c.Name, c.Company),
                $"{decision.Summary}: open their profile, tick what you notice, decide", estimates.VetMinutes,
                Decision: decision.Outcome,
                Reason: decision.Reasons.Count > 0 ? $"They invited you and are waiting. {decision.Reasons[0]}" : "They invited you and are waiting.");
        });

    // Introductions from what contacts said they want first, then gives to introducers (an introduction is asked of
    // them later), then the give-first list; the ideas are varied across all of them.
    private static IEnumerable<PlannedSessionItem> Give(WeeklySessionInputs inputs, SessionEstimates estimates, int cap, PathItems path)
    {
        var introducers = path.IntroducerGives.ToDictionary(g => g.Entry.ContactId);
        var entries = path.IntroducerGives.Select(g => g.Entry)
            .Concat(inputs.GiveFirst.Where(e => e.State != AskState.AskEarned && !path.Served.Contains(e.ContactId)))
            .Take(Math.Max(0, cap) * 2)
            .ToList();
        var ideas = new GiveIdeas(inputs.Content, inputs.Connected, inputs.Today)
            .Choose(entries, path.Introductions.Select(i => i.Interaction!.Value).ToList());
        var gives = entries.Zip(ideas, (entry, idea) => introducers.TryGetValue(entry.ContactId, out var introducer)
            ? new PlannedSessionItem(SessionSection.GiveValue, entry.ContactId, WithCompany(entry.Name, entry.Company), idea.Suggestion,
                estimates.GiveMinutes, ContentPath: idea.ContentPath, Link: idea.Link, Interaction: idea.Kind,
                Reason: introducer.Reason, Step: PathStep.GiveToIntroducer, OtherContactId: introducer.TargetId)
            : new PlannedSessionItem(SessionSection.GiveValue, entry.ContactId, WithCompany(entry.Name, entry.Company), idea.Suggestion,
                estimates.GiveMinutes, ContentPath: idea.ContentPath, Link: idea.Link, Interaction: idea.Kind,
                Reason: string.IsNullOrWhiteSpace(entry.Why) ? null : Capitalised(entry.Why)));
        return path.Introductions.Concat(gives);
    }

    private static IEnumerable<PlannedSessionItem> FollowUp(WeeklySessionInputs inputs, SessionEstimates estimates) =>
        inputs.FollowUps
            .Where(c => c.FollowUpOn is { } due && due <= inputs.Week.Sunday)
            .OrderBy(c => c.FollowUpOn)
            .ThenByDescending(c => c.FitScore)
            .Select(c =>
            {
                var due = c.FollowUpOn!.Value;
                var when = due < inputs.Today
                    ? $"overdue since {due.ToString("ddd d MMM", Invariant)}"
                    : $"due {due.ToString("ddd d MMM", Invariant)}";
                return new PlannedSessionItem(SessionSection.FollowUp, c.Id, WithCompany(c.Name, c.Company),
                    "Follow up on what you last talked about", estimates.FollowUpMinutes, Reason: $"Follow-up {when} (set by you or by an import: an unanswered invitation, a message waiting for your reply).");
            });

    // An introduction request is an ask to the introducer, made only when earned: it counts towards the two a week.
    private static IEnumerable<PlannedSessionItem> Ask(WeeklySessionInputs inputs, SessionEstimates estimates, PathItems path) =>
        path.IntroductionAsks.Concat(inputs.EarnedAsks
            .Where(e => e.State == AskState.AskEarned && !path.Served.Contains(e.ContactId))
            .Select(e => new PlannedSessionItem(SessionSection.EarnedAsks, e.ContactId, WithCompany(e.Name, e.Company),
                "Your ask is earned: ask for a meeting, a referral or an introduction", estimates.AskMinutes,
                Interaction: InteractionType.AskedForMeeting, Reason: e.Reason)))
            .Take(MaxAsks);

    private static IEnumerable<PlannedSessionItem> Publish(WeeklySessionInputs inputs, SessionEstimates estimates) =>
        inputs.Content
            .Where(c => c.Date is { } d && inputs.Week.Contains(d))
            .OrderBy(c => c.Date)
            .ThenBy(c => c.Path, StringComparer.Ordinal)
            .Select(c =>
            {
                var day = c.Date!.Value.ToString("ddd d MMM", Invariant);
                var (suggestion, reason) = (c.Kind, c.Status) switch
                {
                    (ContentKind.Share, _) => ("Share it with a comment of your own", $"Planned for {day}."),
                    (_, ContentStatus.Published) => ("Share it with the people it helps", $"Published {day}."),
                    _ => ("Publish it", $"Planned for {day}, now {c.Status.ToString().ToLowerInvariant()}: a month without an article is a gap."),
                };
                return new PlannedSessionItem(SessionSection.PublishOrShare, null, c.Title, suggestion, estimates.PublishMinutes,
                    ContentPath: c.Path, Link: c.Url, Reason: reason);
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

    private static string WithCompany(string name, string? company) => PathItems.WithCompany(name, company);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + ".";
}
