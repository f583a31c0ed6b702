using System.Globalization;

namespace ValueFirst.Core.Time;

/// <summary>
/// A weekly slot as a schedule: a weekday and a local start time in an IANA time zone. The local time
/// is kept across daylight-saving changes (Tue 14:00 stays 14:00 on the wall clock), which is why
/// occurrences are computed in the zone rather than by adding 7 × 24 hours.
/// </summary>
/// <example><c>new SlotSchedule(DayOfWeek.Tuesday, new TimeOnly(14, 0), "Europe/Berlin").Cron</c> is <c>"0 14 * * 2"</c>.</example>
public sealed record SlotSchedule(DayOfWeek Day, TimeOnly Start, string TimeZoneId)
{
    /// <summary>A five-field cron expression (minute hour day month weekday) meant to be read in <see cref="TimeZone"/>.</summary>
    public string Cron => string.Create(CultureInfo.InvariantCulture, $"{Start.Minute} {Start.Hour} * * {(int)Day}");

    /// <summary>The zone the cron expression and the local start time belong to.</summary>
    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>
    /// The same weekly wall-clock moment <paramref name="lead"/> earlier, e.g. a reminder 60 minutes before
    /// Mon 00:30 is Sun 23:30. Whole minutes only, as cron has no seconds here.
    /// </summary>
    public SlotSchedule EarlierBy(TimeSpan lead)
    {
        var minutesOfWeek = ((int)Day * 24 * 60) + (Start.Hour * 60) + Start.Minute - (int)lead.TotalMinutes;
        const int week = 7 * 24 * 60;
        minutesOfWeek = ((minutesOfWeek % week) + week) % week;
        return this with
        {
            Day = (DayOfWeek)(minutesOfWeek / (24 * 60)),
            Start = new TimeOnly(minutesOfWeek % (24 * 60) / 60, minutesOfWeek % 60),
        };
    }

    /// <summary>The first occurrence strictly after <paramref name="instant"/>, with the zone's offset at that moment.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset instant)
    {
        var zone = TimeZone;
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var date = DateOnly.FromDateTime(local.DateTime).AddDays(((int)Day - (int)local.DayOfWeek + 7) % 7);
        while (true)
        {
            var occurrence = Resolve(date.ToDateTime(Start), zone);
            if (occurrence > instant)
            {
                return occurrence;
            }

            date = date.AddDays(7);
        }
    }

    /// <summary>The next <paramref name="count"/> occurrences strictly after <paramref name="instant"/>.</summary>
    public IReadOnlyList<DateTimeOffset> Occurrences(DateTimeOffset instant, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var result = new List<DateTimeOffset>(count);
        for (var i = 0; i < count; i++)
        {
            instant = NextAfter(instant);
            result.Add(instant);
        }

        return result;
    }

    /// <summary>The ISO week (in this zone) an occurrence belongs to: the key that makes "once per week" exact.</summary>
    public IsoWeek WeekOf(DateTimeOffset occurrence)
    {
        var local = TimeZoneInfo.ConvertTime(occurrence, TimeZone).DateTime;
        return new IsoWeek(ISOWeek.GetYear(local), ISOWeek.GetWeekOfYear(local));
    }

    // Same rules as the cron scheduler (Cronos) that fires the job: a time skipped by spring-forward
    // happens at the moment the clock jumps; a time repeated by fall-back happens at its first occurrence.
    private static DateTimeOffset Resolve(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(local))
        {
            var jumped = local;
            while (zone.IsInvalidTime(jumped))
            {
                jumped = jumped.AddMinutes(1);
            }

            return new DateTimeOffset(jumped, zone.GetUtcOffset(jumped));
        }

        if (zone.IsAmbiguousTime(local))
        {
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max());
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
