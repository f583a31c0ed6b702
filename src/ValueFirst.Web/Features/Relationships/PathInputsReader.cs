using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Relationships;
using ValueFirst.Core.Sessions;
using ValueFirst.Core.Time;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;

namespace ValueFirst.Web.Features.Relationships;

/// <summary>
/// Gathers the relationship path's part of one owner's weekly hour as plain data: the targets' warm-ups (touches are the
/// gives recorded to them), the new connections in their engagement program, the contacts who said whom they want to
/// meet, the pipeline's shortfalls and whether the quarterly review is due. Only the owner's contacts are read.
/// </summary>
public sealed class PathInputsReader(
    IDbContextFactory<ApplicationDbContext> dbFactory,
    LedgerActivity activity,
    LedgerViews ledger,
    LedgerSettingsStore ledgerSettings,
    RelationshipSettingsStore settings,
    RelationshipReviews reviews,
    RelationshipPipeline pipeline)
{
    /// <summary>The roles below their goal, biggest shortfall first.</summary>
    public async Task<IReadOnlyList<PipelineStatus>> ShortfallsAsync(string ownerId, CancellationToken ct = default) =>
        (await pipeline.StatusAsync(ownerId, ct)).Where(s => s.Short > 0).OrderByDescending(s => s.Short).ThenBy(s => s.Role).ToList();

    /// <param name="targetIds">The targets the hour considers; another owner's ids are ignored.</param>
    public async Task<PathInputs> ReadAsync(
        string ownerId, UserNow now, IReadOnlyCollection<int> targetIds, IReadOnlyList<PipelineStatus> shortfalls, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        var path = await settings.GetAsync(ownerId, ct);
        var readiness = (await ledgerSettings.GetAsync(ownerId, ct)).ToReadinessSettings();
        var engagement = path.ToEngagement();
        var today = now.Today;
        var programStart = today.AddDays(-(engagement.LengthDays - 1));
        var ids = targetIds.Distinct().ToList();

        List<WarmUpFacts> warmUps;
        List<NewConnection> newConnections;
        List<IntroductionSeeker> seekers;
        Dictionary<int, Introducer> introducers;
        List<IntroductionCandidate> candidates;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var contacts = db.Set<Contact>().AsNoTracking().Where(c => c.OwnerId == ownerId);
            var targets = await contacts.Where(c => ids.Contains(c.Id) && c.State == ConnectionState.Target)
                .Select(c => new { c.Id, c.Role, c.Company, c.Tags, c.FollowedOn, c.IntroductionAskedOn, c.IntroductionAskedOfContactId })
                .ToListAsync(ct);
            var askedOfIds = targets.Where(t => t.IntroductionAskedOfContactId is not null).Select(t => t.IntroductionAskedOfContactId!.Value).Distinct().ToList();
            var askedOf = await contacts.Where(c => askedOfIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
            var touches = await activity.GivesToAsync(ownerId, targets.Select(t => t.Id).ToList(), ct);
            warmUps = targets.Select(t => new WarmUpFacts(t.Id, t.Role, t.FollowedOn, touches.GetValueOrDefault(t.Id), t.IntroductionAskedOn,
                    t.IntroductionAskedOfContactId is { } of ? askedOf.GetValueOrDefault(of) : null))
                .ToList();
            // Asked already: the invitation comes next, so nobody needs to be found to introduce them.
            introducers = await PathCandidates.IntroducersAsync(db, ownerId,
                targets.Where(t => t.IntroductionAskedOn is null).Select(t => (t.Id, t.Company, LedgerContact.ParseTags(t.Tags))).ToList(), ledger, ct);

            newConnections = (await contacts
                    .Where(c => c.State == ConnectionState.Connected && c.ConnectedOn != null && c.ConnectedOn >= programStart && c.ConnectedOn <= today)
                    .OrderBy(c => c.ConnectedOn).ThenBy(c => c.Id)
                    .ToListAsync(ct))
                .Select(NewConnectionOf)
                .ToList();
            seekers = await contacts
                .Where(c => c.State == ConnectionState.Connected && c.WantsToMeet != null)
                .OrderBy(c => c.Name).ThenBy(c => c.Id)
                .Select(c => new IntroductionSeeker(c.Id, c.Name, c.Company, c.WantsToMeet!))
                .ToListAsync(ct);
            candidates = await PathCandidates.ForIntroductionsAsync(db, ownerId, seekers.Select(s => s.WantsToMeet), ct);
        }

        var due = RelationshipReview.IsDue(path.LastReviewOn, today);
        var waiting = due ? await reviews.CountWaitingAsync(ownerId, ct) : 0;
        return new PathInputs(path.TouchesBeforeInvite, engagement, readiness, warmUps, introducers, candidates, newConnections, seekers,
            [], shortfalls, waiting, due);
    }

    /// <summary>A connected contact as the engagement program sees them, with something personal a welcome can mention.</summary>
    public static NewConnection NewConnectionOf(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var hook = !string.IsNullOrWhiteSpace(contact.Headline) ? $"what they do (“{contact.Headline}”)"
            : !string.IsNullOrWhiteSpace(contact.OriginGroup) ? $"the group where you met ({contact.OriginGroup})"
            : !string.IsNullOrWhiteSpace(contact.Position) ? $"their work as {contact.Position}"
            : null;
        var answered = !string.IsNullOrWhiteSpace(contact.WantsToMeet) || !string.IsNullOrWhiteSpace(contact.NetworksAt)
            || !string.IsNullOrWhiteSpace(contact.IdealClientsAndReferralSources);
        return new NewConnection(contact.Id, contact.Name, contact.Company, contact.ConnectedOn, contact.WelcomedOn, contact.AnswersAskedOn, answered,
            contact.ChannelInvitedOn, hook, LedgerContact.ParseTags(contact.Tags));
    }
}
