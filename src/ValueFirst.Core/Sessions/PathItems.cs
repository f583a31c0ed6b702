using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Relationships;
using ValueFirst.Core.Time;

namespace ValueFirst.Core.Sessions;

/// <summary>
/// The relationship path's candidates for one hour, per section, before the builder's rounds: each target's next
/// warm-up step (targets of a pipeline role below its goal first), introducer gives and introduction asks, introductions
/// from what contacts said they want, the next step of each new connection's engagement program, and the review when it
/// is due. Every contact gets at most one path item; <see cref="Served"/> lists them so the classic lists skip them.
/// </summary>
internal sealed class PathItems
{
    private PathItems()
    {
    }

    /// <summary>Introductions from the answers, most valuable gives first.</summary>
    public List<PlannedSessionItem> Introductions { get; } = [];

    /// <summary>Introducers whose ask is not earned: the give goes through <see cref="GiveIdeas"/> like any other.</summary>
    public List<(GiveFirstEntry Entry, string Reason, int TargetId)> IntroducerGives { get; } = [];

    public List<PlannedSessionItem> Engage { get; } = [];

    public List<PlannedSessionItem> ReachOut { get; } = [];

    public List<PlannedSessionItem> IntroductionAsks { get; } = [];

    public List<PlannedSessionItem> Review { get; } = [];

    /// <summary>Reach-outs added on top of the cap: one per pipeline role below its goal.</summary>
    public int ExtraReachOuts { get; private set; }

    public HashSet<int> Served { get; } = [];

    public static PathItems Plan(WeeklySessionInputs inputs, PathInputs path, SessionEstimates estimates, int giveCap)
    {
        var items = new PathItems();
        items.PlanIntroductions(inputs, path, estimates, giveCap);
        items.PlanEngagement(inputs, path, estimates);
        items.PlanTargets(inputs, path, estimates);
        items.PlanReview(path, estimates);
        return items;
    }

    // The highest-value give the seeds describe; no more than a third of the hour's gives (rounded up).
    private void PlanIntroductions(WeeklySessionInputs inputs, PathInputs path, SessionEstimates estimates, int giveCap)
    {
        if (path.Seekers.Count == 0 || path.Candidates.Count == 0)
        {
            return;
        }

        var matcher = new IntroductionMatcher(path.Candidates);
        var limit = Math.Max(1, (Math.Max(1, giveCap) + 2) / 3);
        foreach (var seeker in path.Seekers)
        {
            if (Introductions.Count >= limit)
            {
                break;
            }

            if (Served.Contains(seeker.ContactId) || matcher.BestFor(seeker, path.IntroductionsMade) is not { } match)
            {
                continue;
            }

            Served.Add(seeker.ContactId);
            Introductions.Add(new PlannedSessionItem(SessionSection.GiveValue, seeker.ContactId, WithCompany(seeker.Name, seeker.Company),
                match.Suggestion, estimates.GiveMinutes, Interaction: InteractionType.MadeIntroduction,
                Reason: match.Reason, Step: PathStep.Introduce, OtherContactId: match.Other.ContactId));
        }
    }

    private void PlanEngagement(WeeklySessionInputs inputs, PathInputs path, SessionEstimates estimates)
    {
        var minDays = path.Readiness.MinDaysBeforeFirstAsk;
        var due = path.NewConnections
            .Where(c => !Served.Contains(c.ContactId))
            .Select(c => (Contact: c, Step: EngagementProgram.Next(c, path.Engagement, minDays, inputs.Today)))
            .Where(x => x.Step is not null)
            .OrderBy(x => x.Step!.DueOn)
            .ThenBy(x => x.Contact.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(x => x.Contact.ContactId);
        foreach (var (contact, step) in due)
        {
            Served.Add(contact.ContactId);
            var ago = LocalDays.Ago(LocalDays.Between(contact.ConnectedOn!.Value, inputs.Today));
            var title = WithCompany(contact.Name, contact.Company);
            Engage.Add(step!.Step switch
            {
                PathStep.Welcome => new PlannedSessionItem(SessionSection.Engage, contact.ContactId, title,
                    $"Welcome them personally: {WelcomeHook(contact)}. Write it in your own words, no copied message.",
                    estimates.EngageMinutes, RequiresNote: true, Interaction: InteractionType.Welcomed,
                    Reason: $"Connected {ago}: the engagement program starts with a welcome, a give and never an ask.", Step: PathStep.Welcome),
                PathStep.LearnAnswers => new PlannedSessionItem(SessionSection.Engage, contact.ContactId, title,
                    "Ask who they want to meet, where they network and who their ideal clients and referral sources are; note the answers on their page.",
                    estimates.EngageMinutes, Link: $"contacts/{contact.ContactId}/edit",
                    Reason: $"Connected {ago}: knowing what they need is how you give them value.", Step: PathStep.LearnAnswers),
                _ => new PlannedSessionItem(SessionSection.Engage, contact.ContactId, title,
                    $"Invite them to your {string.Join(" or ", path.Engagement.ChannelLinks.Select(c => c.Label))}: say what it is about and why it would help them.",
                    estimates.EngageMinutes, Link: path.Engagement.ChannelLinks[0].Url,
                    Reason: $"Connected {ago}: {step.Note}.", Step: PathStep.InviteToChannel),
            });
        }
    }

    private void PlanTargets(WeeklySessionInputs inputs, PathInputs path, SessionEstimates estimates)
    {
        var facts = path.WarmUps.ToDictionary(w => w.ContactId);
        var introducersUsed = new HashSet<int>();
        var advised = new List<(SessionContact Target, PipelineRole Role, WarmUpAdvice Advice)>();
        foreach (var target in inputs.Targets)
        {
            var fact = facts.GetValueOrDefault(target.Id);
            var vetting = VettingRules.Decide(new VettingInput(target.Signals, target.ConnectionCount, VettingSubject.Target), inputs.Vetting);
            if (vetting.Outcome != VettingOutcome.Accept)
            {
                continue;
            }

            var introducer = path.Introducers.GetValueOrDefault(target.Id);
            var state = new WarmUpState(fact?.FollowedOn, fact?.Touches ?? 0, fact?.IntroductionAskedOn, fact?.IntroductionAskedOf, target.Signals);
            var advice = WarmUp.Next(state, vetting, introducer, path.TouchesBeforeInvite, inputs.Today);
            if (advice.Step is null || (advice.Via is { } via && !introducersUsed.Add(via.ContactId)))
            {
                continue;
            }

            advised.Add((target, fact?.Role ?? PipelineRole.Peer, advice));
        }

        // A role below its goal comes first: its best-fitting target, or a reminder to add one.
        var ordered = new List<(SessionContact Target, WarmUpAdvice Advice, string? Pipeline)>();
        foreach (var shortfall in path.Shortfalls)
        {
            var pick = advised.FirstOrDefault(a => a.Role == shortfall.Role);
            ExtraReachOuts++;
            if (pick.Target is null)
            {
                var noun = PipelineStatus.Noun(shortfall.Role, 1);
                ReachOut.Add(new PlannedSessionItem(SessionSection.ReachOut, null, $"Find a {noun} to reach",
                    $"Add someone you want to reach as a {noun} (a target with the role {noun}), then warm up before inviting.",
                    estimates.ReachOutMinutes, Link: "contacts/new", Reason: shortfall.Describe(), Step: PathStep.FindTarget));
                continue;
            }

            advised.Remove(pick);
            ordered.Add((pick.Target, pick.Advice, shortfall.Describe()));
        }

        ordered.AddRange(advised.Select(a => (a.Target, a.Advice, (string?)null)));
        foreach (var (target, advice, pipeline) in ordered)
        {
            AddTargetStep(target, advice, pipeline, estimates);
        }
    }

    private void AddTargetStep(SessionContact target, WarmUpAdvice advice, string? pipeline, SessionEstimates estimates)
    {
        var fit = target.FitScore > 0 ? $"One of your best-fitting targets (ideal-client fit {target.FitScore})." : "A target you chose to reach.";
        var why = string.Join(" ", new[] { pipeline, advice.Reason, fit }.Where(s => !string.IsNullOrEmpty(s)));
        var title = WithCompany(target.Name, target.Company);
        switch (advice.Step)
        {
            case PathStep.Follow:
                ReachOut.Add(new PlannedSessionItem(SessionSection.ReachOut, target.Id, title,
                    "Follow them and read what they post: an invitation as the first contact is a business card before hello.",
                    estimates.ReachOutMinutes, Reason: why, Step: PathStep.Follow));
                break;
            case PathStep.Engage:
                ReachOut.Add(new PlannedSessionItem(SessionSection.ReachOut, target.Id, title, advice.Summary, estimates.ReachOutMinutes,
                    Interaction: advice.Touch % 2 == 1 ? InteractionType.CommentedThoughtfully : InteractionType.SharedTheirPost,
                    Reason: why, Step: PathStep.Engage));
                break;
            case PathStep.Invite:
                ReachOut.Add(new PlannedSessionItem(SessionSection.ReachOut, target.Id, title,
                    $"Send a personal invitation: {InvitationHook(target, advice)}. No generic requests.", estimates.ReachOutMinutes,
                    RequiresNote: true, Reason: why, Step: PathStep.Invite));
                break;
            case PathStep.AskForIntroduction when advice.Via is { } via:
                Served.Add(via.ContactId);
                IntroductionAsks.Add(new PlannedSessionItem(SessionSection.EarnedAsks, via.ContactId, WithCompany(via.Name, via.Company),
                    $"Ask them to introduce you to {title}: say why you want to meet them", estimates.AskMinutes,
                    Interaction: InteractionType.AskedForIntroduction,
                    Reason: $"{pipeline}{(pipeline is null ? "" : " ")}They and {target.Name} are {via.Shared}. {via.Readiness.Reason}",
                    Step: PathStep.AskForIntroduction, OtherContactId: target.Id));
                break;
            case PathStep.GiveToIntroducer when advice.Via is { } via:
                Served.Add(via.ContactId);
                var introducer = via.Contact;
                var entry = new GiveFirstEntry(introducer.ContactId, introducer.Name, introducer.Company, introducer.Tags, introducer.Role, introducer.FitScore,
                    via.Readiness.State, 0, null, via.Readiness.Reason, Position: introducer.Position);
                IntroducerGives.Add((entry,
                    $"{pipeline}{(pipeline is null ? "" : " ")}You want their introduction to {target.Name} ({via.Shared}): asking is an ask, so give first. {via.Readiness.Reason}",
                    target.Id));
                break;
        }
    }

    private void PlanReview(PathInputs path, SessionEstimates estimates)
    {
        if (!path.ReviewDue || path.ReviewWaiting == 0)
        {
            return;
        }

        var count = path.ReviewWaiting == 1 ? "1 relationship has" : $"{path.ReviewWaiting} relationships have";
        Review.Add(new PlannedSessionItem(SessionSection.Review, null, "Review one-way relationships",
            $"{count} had months of your gives and nothing back: for each, continue, change approach or suspend.",
            estimates.ReviewMinutes, Link: "review",
            Reason: "Once a quarter: keep your pipeline full, and let go of what does not work.", Step: PathStep.Review));
    }

    private static string WelcomeHook(NewConnection contact) =>
        !string.IsNullOrWhiteSpace(contact.Hook) ? $"mention {contact.Hook}"
        : contact.Tags is { Count: > 0 } tags ? $"mention your shared interest in {string.Join(", ", tags.Take(2))}"
        : "say what made you want to connect and ask what they are working on";

    private static string InvitationHook(SessionContact c, WarmUpAdvice advice) =>
        advice.IntroducedBy is { } introducer ? $"mention {introducer}'s introduction"
        : !string.IsNullOrWhiteSpace(c.Headline) ? $"mention what they do (“{c.Headline}”)"
        : c.Tags.Count > 0 ? $"mention your shared interest in {string.Join(", ", c.Tags.Take(2))}"
        : "say why you want to connect";

    internal static string WithCompany(string name, string? company) =>
        string.IsNullOrWhiteSpace(company) ? name : $"{name} ({company})";
}
