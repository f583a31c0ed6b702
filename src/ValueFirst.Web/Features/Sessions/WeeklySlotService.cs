using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Settings;

namespace ValueFirst.Web.Features.Sessions;

/// <summary>Reads and saves one user's weekly slot; every change is passed on to the jobs scheduled from it.</summary>
public sealed class WeeklySlotService(ApplicationDbContext db, TimeProvider time, IEnumerable<IWeeklySlotListener> listeners)
{
    public Task<WeeklySlot?> GetAsync(string userId, CancellationToken ct = default) =>
        db.Set<WeeklySlot>().AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, ct);

    /// <summary>Saves the schedule part (weekday, time, zone, duration), keeping the reminder settings.</summary>
    public Task<WeeklySlot> SaveScheduleAsync(string userId, WeeklySlotForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!TimeZones.IsKnown(form.TimeZoneId) || form.StartTime is null)
        {
            throw new ArgumentException("The slot needs a start time and a known time zone.", nameof(form));
        }

        return UpdateAsync(userId, async slot =>
        {
            await UseZoneEverywhereAsync(userId, form.TimeZoneId.Trim(), ct);
            slot.Day = form.Day;
            slot.StartTime = new TimeOnly(form.StartTime.Value.Hour, form.StartTime.Value.Minute);
            slot.TimeZoneId = form.TimeZoneId.Trim();
            slot.DurationMinutes = form.DurationMinutes;
        }, ct);
    }

    /// <summary>Saves the reminder switch and lead time; the slot must exist (the reminder hangs off it).</summary>
    public Task<WeeklySlot> SaveReminderAsync(string userId, bool enabled, int leadMinutes, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(leadMinutes, 0);
        return UpdateAsync(userId, slot =>
        {
            slot.ReminderEnabled = enabled;
            slot.ReminderLeadMinutes = leadMinutes;
            return Task.CompletedTask;
        }, ct);
    }

    // The slot's zone is the user's zone: the ledger's day counts and the calendar's "today" read it from
    // the user's settings, so one choice keeps every feature on the same clock.
    private async Task UseZoneEverywhereAsync(string userId, string zoneId, CancellationToken ct)
    {
        var settings = await db.Set<UserSettings>().SingleOrDefaultAsync(s => s.UserId == userId, ct);
        if (settings is null)
        {
            db.Add(new UserSettings { UserId = userId, TimeZoneId = zoneId });
        }
        else
        {
            settings.TimeZoneId = zoneId;
        }
    }

    private async Task<WeeklySlot> UpdateAsync(string userId, Func<WeeklySlot, Task> change, CancellationToken ct)
    {
        var slot = await db.Set<WeeklySlot>().SingleOrDefaultAsync(s => s.UserId == userId, ct);
        if (slot is null)
        {
            slot = new WeeklySlot { UserId = userId };
            db.Add(slot);
        }

        await change(slot);
        slot.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        foreach (var listener in listeners)
        {
            listener.SlotChanged(slot);
        }

        return slot;
    }
}
