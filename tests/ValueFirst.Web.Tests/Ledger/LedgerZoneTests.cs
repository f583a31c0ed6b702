using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Time;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Jobs;
using ValueFirst.Web.Tests.Reminders;

namespace ValueFirst.Web.Tests.Ledger;

/// <summary>
/// The ledger counts in the user's local days, so a new time zone has every row counted again; saving the slot's day,
/// hour or reminder in the same zone leaves the rows as they are (at 20,000 contacts a recount is seconds of work).
/// </summary>
public sealed class LedgerZoneTests : IDisposable
{
    private readonly ReminderWorld world = new();

    public void Dispose() => world.Dispose();

    [Fact]
    public async Task Only_a_new_time_zone_marks_the_ledger_for_a_recount_not_a_new_hour_or_reminder_setting()
    {
        var user = await world.UserAsync();
        var ada = await world.ContactAsync(user, "Ada Lovelace", gives: 2);

        await world.SlotAsync(user, zone: "Europe/Berlin");
        Assert.Equal(1, RecountsQueued());
        using (var scope = world.App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<LedgerRecounter>().RecountAllAsync(user, CancellationToken.None);
        }

        var counted = await RecountOnAsync(ada);
        await world.SlotAsync(user, hour: 16, zone: "Europe/Berlin");
        await world.ReminderSettingsAsync(user, enabled: false);

        Assert.Equal(1, RecountsQueued());
        Assert.Equal(counted, await RecountOnAsync(ada));

        await world.SlotAsync(user, hour: 16, zone: "America/New_York");

        Assert.Equal(2, RecountsQueued());
        var todayInNewYork = LocalDays.DateOf(world.Clock.GetUtcNow().UtcDateTime, TimeZones.OrUtc("America/New_York"));
        Assert.True(await RecountOnAsync(ada) <= todayInNewYork, "A new zone marks every row to be counted again.");
    }

    private int RecountsQueued() => world.Jobs.Jobs.Count(j => j.Type == typeof(LedgerRecountJob));

    private Task<DateOnly?> RecountOnAsync(int contact) =>
        world.App.WithDbAsync(db => db.Set<LedgerTotals>().Where(t => t.ContactId == contact).Select(t => t.RecountOn).SingleAsync());
}
