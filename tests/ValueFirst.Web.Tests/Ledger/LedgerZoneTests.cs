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

    [Fact]
    public async Task A_new_zone_and_its_stale_marks_commit_together_or_not_at_all()
    {
        // 02:00 UTC: already Tuesday in Berlin, still Monday in New York, so the two zones' marks differ.
        var failure = new FailingListener();
        using var failing = new ReminderWorld(now: new DateTimeOffset(2026, 3, 24, 2, 0, 0, TimeSpan.Zero),
            services: s => s.AddSingleton<IWeeklySlotListener>(failure));
        var user = await failing.UserAsync();
        var ada = await failing.ContactAsync(user, "Ada Lovelace", gives: 2);
        var counted = await failing.App.WithDbAsync(db => RecountOnAsync(db, ada));
        await failing.SlotAsync(user, zone: "Europe/Berlin");
        var marked = await failing.App.WithDbAsync(db => RecountOnAsync(db, ada));

        failure.Fail = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.SlotAsync(user, zone: "America/New_York"));

        Assert.NotEqual(counted, marked); // the first zone marked the rows, in the save that committed
        Assert.Equal("Europe/Berlin", (await failing.App.WithDbAsync(db => WeeklySlotStore.FindAsync(db, user, CancellationToken.None)))!.TimeZoneId);
        Assert.Equal(marked, await failing.App.WithDbAsync(db => RecountOnAsync(db, ada))); // the failed save's marks rolled back
        Assert.Equal(1, failing.Jobs.Jobs.Count(j => j.Type == typeof(LedgerRecountJob))); // and it queued no recount
    }

    private int RecountsQueued() => world.Jobs.Jobs.Count(j => j.Type == typeof(LedgerRecountJob));

    private Task<DateOnly?> RecountOnAsync(int contact) => world.App.WithDbAsync(db => RecountOnAsync(db, contact));

    private static Task<DateOnly?> RecountOnAsync(Web.Data.ApplicationDbContext db, int contact) =>
        db.Set<LedgerTotals>().Where(t => t.ContactId == contact).Select(t => t.RecountOn).SingleAsync();

    /// <summary>Registered after the ledger's listener: it fails the save once the ledger has written its marks.</summary>
    private sealed class FailingListener : IWeeklySlotListener
    {
        public bool Fail { get; set; }

        public Task SlotSavingAsync(Web.Data.ApplicationDbContext db, UserSlot slot, bool zoneChanged, CancellationToken ct) =>
            Fail ? throw new InvalidOperationException("The save fails after the ledger's marks.") : Task.CompletedTask;

        public Task SlotChangedAsync(UserSlot slot, bool zoneChanged, CancellationToken ct) => Task.CompletedTask;
    }
}
