using ValueFirst.Core.Content;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Content;

/// <summary>
/// Builds one user's cadence plan from their own drafts: their preferred weekday, and today in their
/// own time zone (a Tuesday in Auckland is not yet a Tuesday in Lisbon).
/// </summary>
public sealed class ContentCalendar(ContentLibrary library, ContentSettingsService settingsService, UserClock clock)
{
    public async Task<UserPlan> BuildAsync(string ownerId, CancellationToken ct = default)
    {
        var settings = await settingsService.GetAsync(ownerId);
        var today = (await clock.NowAsync(ownerId, ct)).Today;
        var snapshot = await library.SnapshotAsync(ownerId, ct);
        var plan = CadencePlanner.Plan(snapshot.Items, new PlanOptions(today, 12, settings.PreferredWeekday));
        return new UserPlan(snapshot, plan, settings);
    }
}

/// <summary>A plan together with the snapshot it was built from and the settings it used.</summary>
public sealed record UserPlan(ContentSnapshot Snapshot, CadencePlan Plan, ContentSettings Settings);
