using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Relationships;
using ValueFirst.Core.Sessions;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Relationships;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Sessions;

/// <summary>
/// Plans an owner's weekly session: gathers the Core builder's inputs for one owner (one
/// aggregated ledger load, a few indexed contact queries, the content calendar in memory) and saves the plan
/// at most once per owner and ISO week: the unique index decides between concurrent builds, the loser reads
/// the winner's session. Safe from a Hangfire job (no signed-in user: everything is by owner id).
/// </summary>
public sealed class SessionPlanner(
    IDbContextFactory<ApplicationDbContext> dbFactory,
    LedgerRankings ledger,
    PathInputsReader path,
    ContentLibrary content,
    UserClock clock,
    SessionScheduler scheduler,
    IOptions<SessionOptions> options,
    IOptions<VettingOptions> vetting,
    TimeProvider time,
    ILogger<SessionPlanner> logger)
{
    /// <summary>"This week" for the user, in their zone, with the length of their hour (an hour without a slot).</summary>
    public async Task<SessionWeek> WeekOfAsync(string ownerId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var slot = await db.Set<WeeklySlot>().AsNoTracking().SingleOrDefaultAsync(s => s.UserId == ownerId, ct);
        return new SessionWeek(await clock.NowAsync(db, ownerId, ct), slot?.DurationMinutes ?? WeeklySlot.DefaultDurationMinutes, slot is not null);
    }

    /// <summary>The job's entry: builds this week's session when the slot starts; removes the job when the slot is gone.</summary>
    public async Task<SessionBuildOutcome> RunScheduledAsync(string ownerId, CancellationToken ct = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (!await db.Set<WeeklySlot>().AnyAsync(s => s.UserId == ownerId, ct))
            {
                scheduler.Remove(ownerId);
                return SessionBuildOutcome.NoSlot;
            }
        }

        var (_, created) = await BuildAsync(ownerId, ct);
        return created ? SessionBuildOutcome.Built : SessionBuildOutcome.AlreadyBuilt;
    }

    /// <summary>This week's session, built now if it does not exist yet ("Start now", the job, the catch-up).</summary>
    public async Task<(WeeklySession Session, bool Created)> BuildAsync(string ownerId, CancellationToken ct = default)
    {
        var week = await WeekOfAsync(ownerId, ct);
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await SessionRecords.FindAsync(db, ownerId, week.Week, ct) is { } existing)
            {
                return (existing, false);
            }
        }

        var plan = WeeklySessionBuilder.Build(await GatherAsync(ownerId, week, ct));
        var session = new WeeklySession
        {
            OwnerId = ownerId,
            IsoYear = week.Week.Year,
            IsoWeek = week.Week.Week,
            TimeZoneId = week.Zone.Id,
            BuiltUtc = time.GetUtcNow().UtcDateTime,
            DurationMinutes = plan.DurationMinutes,
        };
        var order = 0;
        foreach (var (item, fitted) in plan.Items.Select(i => (i, true)).Concat(plan.NotFitted.Select(i => (i, false))))
        {
            session.Items.Add(new SessionItem
            {
                Section = item.Section,
                Order = order++,
                ContactId = item.ContactId,
                Title = Clip(item.Title, 300),
                Suggestion = Clip(item.Suggestion, 1000),
                Reason = item.Reason is null ? null : Clip(item.Reason, 1000),
                EstimateMinutes = item.EstimateMinutes,
                Fitted = fitted,
                RequiresNote = item.RequiresNote,
                Decision = item.Decision,
                Interaction = item.Interaction,
                ContentPath = item.ContentPath,
                Link = item.Link is { Length: <= 1000 } link ? link : null,
                Step = item.Step,
                OtherContactId = item.OtherContactId,
            });
        }

        await using var save = await dbFactory.CreateDbContextAsync(ct);
        save.Add(session);
        try
        {
            await save.SaveChangesAsync(ct);
            logger.LogInformation("Built session {Week} for user {UserId}: {Fitted} items fit, {NotFitted} did not",
                week.Week, ownerId, plan.Items.Count, plan.NotFitted.Count);
            return (session, true);
        }
        catch (DbUpdateException ex)
        {
            // Another build (a retry, another server, a click on "Start now") saved the week first: theirs stands.
            await using var read = await dbFactory.CreateDbContextAsync(CancellationToken.None);
            var winner = await SessionRecords.FindAsync(read, ownerId, week.Week, CancellationToken.None);
            if (winner is null)
            {
                throw;
            }

            logger.LogInformation(ex, "Session {Week} for user {UserId} was built concurrently; using the existing one", week.Week, ownerId);
            return (winner, false);
        }
    }

    /// <summary>The Core builder's inputs for one owner, each section read up to its cap and a few more to list as not fitted.</summary>
    public async Task<WeeklySessionInputs> GatherAsync(string ownerId, SessionWeek week, CancellationToken ct = default)
    {
        var estimates = options.Value.ToEstimates();
        var caps = options.Value.ToCaps();
        int Cap(int cap, int minutes) => Math.Min(cap * 2, (week.DurationMinutes / Math.Max(1, minutes)) + 1);
        var weekEnd = week.Week.Sunday;
        var items = await content.ItemsAsync(ownerId, ct);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contacts = db.Set<Contact>().AsNoTracking().Where(c => c.OwnerId == ownerId);
        var count = await contacts.CountAsync(ct);
        if (count == 0)
        {
            return new WeeklySessionInputs(week.Today, week.Week, week.DurationMinutes, 0, [], [], [], [], [], [], items, estimates, Caps: caps);
        }

        var lists = await ledger.GetListsAsync(ownerId, Cap(caps.Give, estimates.GiveMinutes), WeeklySessionBuilder.MaxAsks, ct);
        var pending = await contacts.Where(c => c.State == ConnectionState.Pending)
            .OrderBy(c => c.Id).Take(Cap(caps.Vet, estimates.VetMinutes)).Select(Row).ToListAsync(ct);
        // Read more targets than the hour holds: the builder skips the ones the rules would not invite. A pipeline role
        // below its goal brings its own best-fitting targets, however they rank overall.
        var targetCap = Cap(caps.ReachOut, estimates.ReachOutMinutes) * 3;
        var targets = await contacts.Where(c => c.State == ConnectionState.Target)
            .OrderByDescending(c => c.FitScore).ThenBy(c => c.Id).Take(targetCap).Select(Row).ToListAsync(ct);
        var shortfalls = await path.ShortfallsAsync(ownerId, ct);
        foreach (var role in shortfalls.Select(s => s.Role))
        {
            var ofRole = await contacts.Where(c => c.State == ConnectionState.Target && c.Role == role)
                .OrderByDescending(c => c.FitScore).ThenBy(c => c.Id).Take(3).Select(Row).ToListAsync(ct);
            targets.AddRange(ofRole.Where(t => targets.All(known => known.Id != t.Id)).ToList());
        }

        // Suspended and declined relationships are paused: no follow-ups for them.
        var followUps = await contacts.Where(c => c.FollowUpOn != null && c.FollowUpOn <= weekEnd
                && c.State != ConnectionState.Declined && c.State != ConnectionState.Suspended)
            .OrderBy(c => c.FollowUpOn).ThenByDescending(c => c.FitScore).Take(Cap(caps.FollowUp, estimates.FollowUpMinutes)).Select(Row).ToListAsync(ct);
        var connected = await IntroductionCandidatesAsync(contacts, lists.GiveFirst, ct);
        var pathInputs = (await path.ReadAsync(ownerId, week.Clock, targets.Select(t => t.Id).ToList(), shortfalls, ct))
            with { IntroductionsMade = await IntroductionsMadeAsync(db, ownerId, ct) };

        return new WeeklySessionInputs(
            week.Today, week.Week, week.DurationMinutes, count,
            lists.GiveFirst, lists.EarnedAsks,
            pending.Select(ToSessionContact).ToList(),
            targets.Select(ToSessionContact).ToList(),
            followUps.Select(ToSessionContact).ToList(),
            connected, items, estimates, vetting.Value.ToThresholds(), caps, pathInputs);
    }

    // Introductions ticked in past hours, so the same two people are not suggested to each other again.
    private static async Task<HashSet<(int SeekerId, int OtherId)>> IntroductionsMadeAsync(ApplicationDbContext db, string ownerId, CancellationToken ct)
    {
        var sessions = db.Set<WeeklySession>();
        var pairs = await db.Set<SessionItem>().AsNoTracking()
            .Where(i => i.Step == PathStep.Introduce && i.DoneUtc != null && i.ContactId != null && i.OtherContactId != null
                && sessions.Any(s => s.Id == i.SessionId && s.OwnerId == ownerId))
            .Select(i => new { Seeker = i.ContactId!.Value, Other = i.OtherContactId!.Value })
            .ToListAsync(ct);
        return pairs.Select(p => (p.Seeker, p.Other)).ToHashSet();
    }

    // Connected contacts who share a tag with someone on this week's give list: the people a give can be an introduction to.
    private static async Task<List<SessionContact>> IntroductionCandidatesAsync(IQueryable<Contact> contacts, IReadOnlyList<GiveFirstEntry> gives, CancellationToken ct)
    {
        var tags = gives.SelectMany(g => g.Tags).Distinct(StringComparer.Ordinal).Take(20).ToList();
        if (tags.Count == 0)
        {
            return [];
        }

        var sharing = contacts.Where(c => c.State == ConnectionState.Connected).WithAnyTag(tags);
        var rows = await sharing.OrderByDescending(c => c.FitScore).ThenBy(c => c.Id).Take(500)
            .Select(c => new { c.Id, c.Name, c.Company, c.Tags, c.FitScore })
            .ToListAsync(ct);
        return rows.Select(r => new SessionContact(r.Id, r.Name, r.Company, LedgerContact.ParseTags(r.Tags), r.FitScore)).ToList();
    }

    private static readonly System.Linq.Expressions.Expression<Func<Contact, ContactRow>> Row = c =>
        new ContactRow(c.Id, c.Name, c.Company, c.Tags, c.FitScore, c.Headline ?? c.Position, c.FollowUpOn, c.VettingSignals, c.ConnectionCount);

    private static SessionContact ToSessionContact(ContactRow r) =>
        new(r.Id, r.Name, r.Company, LedgerContactTags(r.Tags), r.FitScore, r.Headline, r.FollowUpOn, r.Signals, r.ConnectionCount);

    private static IReadOnlyList<string> LedgerContactTags(string tags) => Core.Ledger.LedgerContact.ParseTags(tags);

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";

    private sealed record ContactRow(int Id, string Name, string? Company, string Tags, int FitScore, string? Headline, DateOnly? FollowUpOn, VettingSignals Signals, int? ConnectionCount);
}
