using ValueFirst.Core.Time;

namespace ValueFirst.Web.Features.Schedule;

/// <summary>A user's weekly slot together with the time zone it is read in (stored once, with the user's settings).</summary>
public sealed record UserSlot(WeeklySlot Slot, string TimeZoneId)
{
    public string UserId => Slot.UserId;

    public TimeZoneInfo Zone => TimeZones.OrUtc(TimeZoneId);

    public SlotSchedule Schedule => new(Slot.Day, Slot.StartTime, TimeZoneId);

    public TimeSpan ReminderLead => TimeSpan.FromMinutes(Slot.ReminderLeadMinutes);

    /// <summary>When the reminder goes out: the slot's schedule moved back by the lead time.</summary>
    public SlotSchedule ReminderSchedule => Schedule.EarlierBy(ReminderLead);
}
