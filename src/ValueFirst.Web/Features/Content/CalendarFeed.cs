using System.Security.Cryptography;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using ValueFirst.Core.Content;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Content;

/// <summary>
/// The private iCalendar feed: one all-day event per dated item (suggestions marked tentative). UIDs
/// derive from the content path, so a calendar app updates an event when its date moves instead of
/// adding a duplicate.
/// The user's weekly connecting hour is in it too, as one weekly recurring event in the slot's zone.
/// </summary>
public static class CalendarFeed
{
    public static string Build(ContentSnapshot snapshot, CadencePlan plan, UserSlot? slot = null)
    {
        var calendar = new Calendar { ProductId = "-//ValueFirst//Content calendar//EN" };
        calendar.AddProperty("X-WR-CALNAME", "ValueFirst content calendar");
        if (slot is not null)
        {
            calendar.AddTimeZone(slot.TimeZoneId);
            calendar.Events.Add(SlotEvent(slot));
        }

        foreach (var item in snapshot.Items.Where(i => i.Date is not null))
        {
            calendar.Events.Add(EventFor(item, item.Date!.Value, suggested: false));
        }

        foreach (var suggestion in plan.Suggestions)
        {
            calendar.Events.Add(EventFor(suggestion.Item, suggestion.Date, suggested: true));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>
    /// The weekly connecting hour alone, as an attachment for the reminder email (METHOD:PUBLISH): the same event, UID
    /// included, as the feed's, so a calendar app that imports it updates the hour instead of adding a second one.
    /// </summary>
    public static string BuildSlotEvent(UserSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var calendar = new Calendar { ProductId = "-//ValueFirst//Connecting hour//EN", Method = "PUBLISH" };
        calendar.AddTimeZone(slot.TimeZoneId);
        calendar.Events.Add(SlotEvent(slot));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>The UID of a user's weekly connecting hour, in the feed and in the reminder's attachment alike.</summary>
    public static string SlotUidFor(string userId) =>
        $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userId)))[..32]}@session.valuefirst";

    /// <summary>A stable UID for a content path: the same file always maps to the same event.</summary>
    public static string UidFor(string path) =>
        $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..32]}@content.valuefirst";

    /// <summary>
    /// The weekly slot: DTSTART and DTEND carry the slot's zone (TZID), so calendar apps keep the local time across
    /// DST like the scheduler does. The first occurrence is the first slot after the last change, so the event
    /// stays the same until the slot changes; the UID derives from the user, so a change updates it in place.
    /// </summary>
    private static CalendarEvent SlotEvent(UserSlot userSlot)
    {
        var slot = userSlot.Slot;
        var schedule = userSlot.Schedule;
        var first = schedule.NextAfter(new DateTimeOffset(DateTime.SpecifyKind(slot.UpdatedUtc, DateTimeKind.Utc)));
        var local = TimeZoneInfo.ConvertTime(first, schedule.TimeZone).DateTime;
        local = new DateTime(local.Year, local.Month, local.Day, slot.StartTime.Hour, slot.StartTime.Minute, 0, DateTimeKind.Unspecified);
        var calendarEvent = new CalendarEvent
        {
            Uid = SlotUidFor(slot.UserId),
            Summary = "Weekly connecting hour",
            Description = "Give value, vet invitations, reach out, follow up — your checklist is on the session page.",
            Start = new CalDateTime(local, userSlot.TimeZoneId),
            End = new CalDateTime(local.AddMinutes(slot.DurationMinutes), userSlot.TimeZoneId),
            Status = EventStatus.Confirmed,
        };
        calendarEvent.RecurrenceRule = new RecurrenceRule(FrequencyType.Weekly, 1) { ByDay = [new WeekDay(slot.Day)] };
        return calendarEvent;
    }

    private static CalendarEvent EventFor(ContentItem item, DateOnly date, bool suggested)
    {
        var description = new StringBuilder()
            .Append(ContentNames.Of(item.Kind)).Append(", ").Append(ContentNames.Of(item.Status))
            .Append(suggested ? ", suggested date" : "")
            .Append(" — ").Append(item.Path);
        if (!string.IsNullOrWhiteSpace(item.Summary))
        {
            description.Append("\n\n").Append(item.Summary);
        }

        var calendarEvent = new CalendarEvent
        {
            Uid = UidFor(item.Path),
            Summary = suggested ? $"{item.Title} (suggested)" : item.Title,
            Description = description.ToString(),
            Start = new CalDateTime(date),
            End = new CalDateTime(date.AddDays(1)),
            Status = suggested ? EventStatus.Tentative : EventStatus.Confirmed,
            Transparency = TransparencyType.Transparent,
        };
        if (Uri.TryCreate(item.Url, UriKind.Absolute, out var url))
        {
            calendarEvent.Url = url;
        }

        return calendarEvent;
    }
}
