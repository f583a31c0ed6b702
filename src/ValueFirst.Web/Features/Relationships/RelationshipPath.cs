using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Relationships;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Relationships;

/// <summary>
/// One contact's place on the relationship path for their page: a target's warm-up, a new connection's engagement
/// program, what they said they need and the introduction it suggests, the last review. Also the two marks the page
/// offers (followed, an engagement step done); ticks in the weekly hour do the same through the same contact book.
/// Another user's contact answers like a missing one.
/// </summary>
public sealed class RelationshipPath(
    IDbContextFactory<ApplicationDbContext> dbFactory,
    ContactBook contacts,
    InvitationVetting vetting,
    LedgerActivity activity,
    LedgerViews ledger,
    LedgerSettingsStore ledgerSettings,
    RelationshipSettingsStore settings,
    UserClock clock)
{
    public async Task<PathView?> GetAsync(string ownerId, int contactId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        Contact? contact;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            contact = await db.Set<Contact>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId && c.OwnerId == ownerId, ct);
        }

        if (contact is null)
        {
            return null;
        }

        var now = await clock.NowAsync(ownerId, ct);
        var path = await settings.GetAsync(ownerId, ct);
        var readiness = (await ledgerSettings.GetAsync(ownerId, ct)).ToReadinessSettings();
        WarmUpAdvice? warmUp = null;
        var touches = 0;
        if (contact.State == ConnectionState.Target && vetting.AdviceFor(contact) is { } advice)
        {
            touches = (await activity.GivesToAsync(ownerId, [contact.Id], ct)).GetValueOrDefault(contact.Id);
            var introducer = await IntroducerForAsync(ownerId, contact, ct);
            var askedOf = await NameAsync(ownerId, contact.IntroductionAskedOfContactId, ct);
            warmUp = WarmUp.Next(new WarmUpState(contact.FollowedOn, touches, contact.IntroductionAskedOn, askedOf, contact.VettingSignals),
                advice, introducer, path.TouchesBeforeInvite, now.Today);
        }

        IReadOnlyList<EngagementStepStatus> engagement = [];
        IntroductionMatch? introduction = null;
        if (contact.State == ConnectionState.Connected)
        {
            engagement = EngagementProgram.Steps(PathInputsReader.NewConnectionOf(contact), path.ToEngagement(), readiness.MinDaysBeforeFirstAsk, now.Today);
            if (!string.IsNullOrWhiteSpace(contact.WantsToMeet))
            {
                List<IntroductionCandidate> candidates;
                await using (var db = await dbFactory.CreateDbContextAsync(ct))
                {
                    candidates = await PathCandidates.ForIntroductionsAsync(db, ownerId, [contact.WantsToMeet], ct);
                }

                introduction = new IntroductionMatcher(candidates)
                    .BestFor(new IntroductionSeeker(contact.Id, contact.Name, contact.Company, contact.WantsToMeet));
            }
        }

        return new PathView(contact.Id, contact.State, now.Today, warmUp, contact.FollowedOn, touches, path.TouchesBeforeInvite, engagement,
            contact.WantsToMeet, contact.NetworksAt, contact.IdealClientsAndReferralSources, introduction,
            contact.ReviewedOn, contact.ReviewDecision, contact.ReviewNote);
    }

    /// <summary>Records that the owner followed a target today.</summary>
    /// <returns>False when the contact is not the owner's.</returns>
    public async Task<bool> MarkFollowedAsync(string ownerId, int contactId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = (await clock.NowAsync(db, ownerId, ct)).Today;
        return await contacts.MarkFollowedAsync(db, ownerId, contactId, today, ct);
    }

    /// <summary>Marks a step of the engagement program done today (the welcome, the questions, the invitation to your channels).</summary>
    /// <returns>False when the contact is not the owner's or the step is not one of the program's.</returns>
    public async Task<bool> MarkStepDoneAsync(string ownerId, int contactId, PathStep step, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = (await clock.NowAsync(db, ownerId, ct)).Today;
        return await contacts.MarkEngagementStepAsync(db, ownerId, contactId, step, today, ct);
    }

    // The same introducer the weekly hour would suggest, unless the introduction was asked for already.
    private async Task<Introducer?> IntroducerForAsync(string ownerId, Contact target, CancellationToken ct)
    {
        if (target.IntroductionAskedOn is not null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await PathCandidates.IntroducersAsync(db, ownerId, [(target.Id, target.Company, LedgerContact.ParseTags(target.Tags))], ledger, ct);
        return found.GetValueOrDefault(target.Id);
    }

    private async Task<string?> NameAsync(string ownerId, int? contactId, CancellationToken ct)
    {
        if (contactId is not { } id)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<Contact>().Where(c => c.Id == id && c.OwnerId == ownerId).Select(c => c.Name).SingleOrDefaultAsync(ct);
    }
}
