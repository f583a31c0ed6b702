using ValueFirst.Core.Relationships;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Relationships;

/// <summary>The dashboard's year at a glance for one owner: a year of the ledger by month, the content published, the network reached.</summary>
public sealed class YearAtAGlanceReader(LedgerActivity ledger, ContentLibrary content, PublishedPosts posts, RelationshipSettingsStore settings, UserClock clock)
{
    public async Task<YearAtAGlance> GetAsync(string ownerId, CancellationToken ct = default)
    {
        var now = await clock.NowAsync(ownerId, ct);
        var tally = new MonthlyTally(now.Today, now.Zone);
        await ledger.CountMonthsAsync(ownerId, tally, ct);
        // The last twelve months, day for day: the share of the network with an interaction since then.
        var reach = await ledger.ReachAsync(ownerId, Core.Time.LocalDays.StartUtc(now.Today.AddMonths(-12), now.Zone), ct);
        var goal = (await settings.GetAsync(ownerId, ct)).GivesPerMonthGoal;
        // The user's own drafts with the posts imported from LinkedIn: both count as content published.
        var drafts = await content.SnapshotAsync(ownerId, ct);
        var items = await posts.MergeAsync(ownerId, drafts.Items, now.Zone, ct);
        return YearAtAGlance.Build(tally, items, goal, reach.Connected, reach.Reached, reach.ByMessageOnly);
    }
}
