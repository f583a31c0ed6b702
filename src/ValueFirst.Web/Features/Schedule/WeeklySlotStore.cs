using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Schedule;

/// <summary>
/// Reads and saves one user's weekly slot and time zone; every change is passed on to what hangs off the slot: writes in
/// the save's own transaction, the jobs scheduled from the slot once it committed.
/// </summary>
public sealed class WeeklySlotStore(IDbContextFactory<ApplicationDbContext> dbFactory, TimeProvider time, IEnumerable<IWeeklySlotListener> listeners, RequestZones zones)
{
    public async Task<UserSlot?> GetAsync(string ownerId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await FindAsync(db, ownerId, ct);
    }

    /// <summary>The slot of <paramref name="ownerId"/> with their zone, in the caller's context; null without a slot.</summary>
    public static Task<UserSlot?> FindAsync(ApplicationDbContext db, string ownerId, CancellationToken ct) =>
        WithZones(db, db.Set<WeeklySlot>().Where(s => s.UserId == ownerId)).SingleOrDefaultAsync(ct);

    /// <summary>Slots (every user's by default) with their users' zones (the schedulers register their jobs from them at start-up).</summary>
    public static IQueryable<UserSlot> WithZones(ApplicationDbContext db, IQueryable<WeeklySlot>? slots = null) =>
        from slot in (slots ?? db.Set<WeeklySlot>()).AsNoTracking()
        join settings in db.Set<UserSettings>().AsNoTracking() on slot.UserId equals settings.UserId into zones
        from settings in zones.DefaultIfEmpty()
        select new UserSlot(slot, settings == null ? "UTC" : settings.TimeZoneId);

    /// <summary>Saves the schedule part (weekday, time, duration) and the user's zone, keeping the reminder settings.</summary>
    public Task<UserSlot> SaveScheduleAsync(string ownerId, WeeklySlotForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!TimeZones.IsKnown(form.TimeZoneId) || form.StartTime is null)
        {
            throw new ArgumentException("The slot needs a start time and a known time zone.", nameof(form));
        }

        var zoneId = form.TimeZoneId.Trim();
        return UpdateAsync(ownerId, zoneId, slot =>
        {
            slot.Day = form.Day;
            slot.StartTime = new TimeOnly(form.StartTime.Value.Hour, form.StartTime.Value.Minute);
            slot.DurationMinutes = form.DurationMinutes;
        }, ct);
    }

    /// <summary>Saves the reminder switch and lead time; the slot must exist (the reminder hangs off it).</summary>
    public Task<UserSlot> SaveReminderAsync(string ownerId, bool enabled, int leadMinutes, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(leadMinutes, 0);
        return UpdateAsync(ownerId, zoneId: null, slot =>
        {
            slot.ReminderEnabled = enabled;
            slot.ReminderLeadMinutes = leadMinutes;
        }, ct);
    }

    private async Task<UserSlot> UpdateAsync(string ownerId, string? zoneId, Action<WeeklySlot> change, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var slot = await db.Set<WeeklySlot>().SingleOrDefaultAsync(s => s.UserId == ownerId, ct);
        if (slot is null)
        {
            slot = new WeeklySlot { UserId = ownerId };
            db.Add(slot);
        }

        var settings = await db.Set<UserSettings>().SingleOrDefaultAsync(s => s.UserId == ownerId, ct);
        if (settings is null)
        {
            settings = new UserSettings { UserId = ownerId };
            db.Add(settings);
        }

        var zoneChanged = zoneId is not null && !string.Equals(settings.TimeZoneId, zoneId, StringComparison.Ordinal);
        if (zoneChanged)
        {
            settings.TimeZoneId = zoneId!;
        }

        change(slot);
        slot.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        var saved = new UserSlot(slot, settings.TimeZoneId);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            foreach (var listener in listeners)
            {
                await listener.SlotSavingAsync(db, saved, zoneChanged, ct);
            }

            await transaction.CommitAsync(ct);
        }

        zones.Forget(ownerId);
        foreach (var listener in listeners)
        {
            await listener.SlotChangedAsync(saved, zoneChanged, ct);
        }

        return saved;
    }
}
