using ValueFirst.Core.Sessions;
using ValueFirst.Core.Time;

namespace ValueFirst.Web.Features.Sessions;

/// <summary>
/// One user's weekly connecting hour. The slot lives in the database (not only in Hangfire's storage)
/// so recurring jobs can be registered again from it at every start.
/// </summary>
public sealed class WeeklySlot
{
    public const int DefaultDurationMinutes = 60;
    public const int DefaultReminderLeadMinutes = 60;

    public required string UserId { get; set; }

    public DayOfWeek Day { get; set; } = DayOfWeek.Tuesday;

    /// <summary>Local start time in <see cref="TimeZoneId"/>; kept on the wall clock across DST changes.</summary>
    public TimeOnly StartTime { get; set; } = new(9, 0);

    /// <summary>IANA time zone id, e.g. <c>Europe/Berlin</c>.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    public int DurationMinutes { get; set; } = DefaultDurationMinutes;

    public bool ReminderEnabled { get; set; } = true;

    /// <summary>How long before the slot the reminder email is sent.</summary>
    public int ReminderLeadMinutes { get; set; } = DefaultReminderLeadMinutes;

    public DateTime UpdatedUtc { get; set; }

    public SlotSchedule ToSchedule() => new(Day, StartTime, TimeZoneId);

    /// <summary>When the reminder goes out: the slot's schedule moved back by the lead time.</summary>
    public SlotSchedule ToReminderSchedule() => ToSchedule().EarlierBy(TimeSpan.FromMinutes(ReminderLeadMinutes));
}
