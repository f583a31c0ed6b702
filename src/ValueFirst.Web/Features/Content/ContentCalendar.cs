using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Content;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Settings;
using ValueFirst.Core.Time;

namespace ValueFirst.Web.Features.Content;

/// <summary>
/// Builds one user's cadence plan from the current drafts: their preferred weekday, and today in their
/// own time zone (a Tuesday in Auckland is not yet a Tuesday in Lisbon).
/// </summary>
public sealed class ContentCalendar(
    ContentLibrary library,
    ContentSettingsService settingsService,
    IDbContextFactory<ApplicationDbContext> dbFactory,
    TimeProvider time)
{
    public async Task<UserPlan> BuildAsync(string userId)
    {
        var settings = await settingsService.GetAsync(userId);
        var today = await TodayForAsync(userId);
        var snapshot = library.Current;
        var plan = CadencePlanner.Plan(snapshot.Items, new PlanOptions(today, 12, settings.PreferredWeekday));
        return new UserPlan(snapshot, plan, settings);
    }

    public async Task<DateOnly> TodayForAsync(string userId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return LocalDays.Today(time.GetUtcNow(), await UserTimeZone.FindAsync(db, userId));
    }
}

/// <summary>A plan together with the snapshot it was built from and the settings it used.</summary>
public sealed record UserPlan(ContentSnapshot Snapshot, CadencePlan Plan, ContentSettings Settings);
