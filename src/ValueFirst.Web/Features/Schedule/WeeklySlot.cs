namespace ValueFirst.Web.Features.Schedule;

/// <summary>
/// One user's weekly connecting hour: a weekday and a local start time in the user's time zone
/// (<see cref="UserSettings.TimeZoneId"/>). It lives in the database, not only in Hangfire's storage, so the
/// recurring jobs that hang off it can be registered again from it at every start.
/// </summary>
public sealed class WeeklySlot
{
    public const int DefaultDurationMinutes = 60;
    public const int DefaultReminderLeadMinutes = 60;

    public required string UserId { get; set; }

    public DayOfWeek Day { get; set; } = DayOfWeek.Tuesday;

    /// <summary>Local start time in the user's zone; kept on the wall clock across DST changes.</summary>
    public TimeOnly StartTime { get; set; } = new(9, 0);

    public int DurationMinutes { get; set; } = DefaultDurationMinutes;

    public bool ReminderEnabled { get; set; } = true;

    /// <summary>How long before the slot the reminder email is sent.</summary>
    public int ReminderLeadMinutes { get; set; } = DefaultReminderLeadMinutes;

    public DateTime UpdatedUtc { get; set; }
}
