using ValueFirst.Core.Content;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Content;

/// <summary>
/// Builds one user's cadence plan from their own drafts: their preferred weekday, and today in their
/// own time zone (a Tuesday in Auckland is not yet a Tuesday in Lisbon).
/// </summary>
public sealed class ContentCalendar(ContentLibrary library, ContentSettingsService settingsService, UserClock clock, PublishedPosts posts)
{
    public async Task<UserPlan> BuildAsync(string ownerId, CancellationToken ct = default) =>
        await BuildAsync(await settingsService.GetAsync(ownerId), ct);

    /// <summary>The same from the owner's settings already read (the calendar feed finds them by its token).</summary>
    public async Task<UserPlan> BuildAsync(ContentSettings settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var ownerId = settings.UserId;
        var now = await clock.NowAsync(ownerId, ct);
        var snapshot = await library.SnapshotAsync(ownerId, ct);
        var items = await posts.MergeAsync(ownerId, snapshot.Items, now.Zone, ct);
        var plan = CadencePlanner.Plan(items, new PlanOptions(now.Today, 12, settings.PreferredWeekday));
        return new UserPlan(snapshot, plan, settings);
    }

    /// <summary>
    /// The <paramref name="quarters"/> quarters before today's: what was dated and published in each month, published
    /// posts included, and whether each quarter met the minimum.
    /// </summary>
    public async Task<CadencePlan> HistoryAsync(string ownerId, int quarters, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarters, 1);
        var now = await clock.NowAsync(ownerId, ct);
        var snapshot = await library.SnapshotAsync(ownerId, ct);
        var items = await posts.MergeAsync(ownerId, snapshot.Items, now.Zone, ct);
        var start = CalendarQuarter.Of(now.Today).First.AddMonths(-3 * quarters);
        return CadencePlanner.Plan(items, new PlanOptions(now.Today, 3 * quarters) { Start = start });
    }
}

/// <summary>A plan together with the snapshot it was built from and the settings it used.</summary>
public sealed record UserPlan(ContentSnapshot Snapshot, CadencePlan Plan, ContentSettings Settings);
