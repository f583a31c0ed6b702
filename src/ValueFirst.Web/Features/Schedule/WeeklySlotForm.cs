using System.ComponentModel.DataAnnotations;

namespace ValueFirst.Web.Features.Schedule;

/// <summary>What the settings section edits; validated before it becomes a <see cref="WeeklySlot"/>.</summary>
public sealed class WeeklySlotForm : IValidatableObject
{
    public DayOfWeek Day { get; set; } = DayOfWeek.Tuesday;

    [Required(ErrorMessage = "Choose a start time.")]
    public TimeOnly? StartTime { get; set; } = new(9, 0);

    [Required(ErrorMessage = "Enter a time zone such as Europe/Berlin.")]
    public string TimeZoneId { get; set; } = "UTC";

    [Range(15, 240, ErrorMessage = "The hour lasts between 15 and 240 minutes.")]
    public int DurationMinutes { get; set; } = WeeklySlot.DefaultDurationMinutes;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(TimeZoneId) && !TimeZones.IsKnown(TimeZoneId))
        {
            yield return new ValidationResult($"\"{TimeZoneId}\" is not a time zone this server knows; use an IANA id such as Europe/Berlin.", [nameof(TimeZoneId)]);
        }
    }

    public static WeeklySlotForm From(UserSlot slot) => new()
    {
        Day = slot.Slot.Day,
        StartTime = slot.Slot.StartTime,
        TimeZoneId = slot.TimeZoneId,
        DurationMinutes = slot.Slot.DurationMinutes,
    };
}
