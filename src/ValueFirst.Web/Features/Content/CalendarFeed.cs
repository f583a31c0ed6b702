using System.Security.Cryptography;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using ValueFirst.Core.Content;

namespace ValueFirst.Web.Features.Content;

/// <summary>
/// The private iCalendar feed: one all-day event per dated item (suggestions marked tentative). UIDs
/// derive from the content path, so a calendar app updates an event when its date moves instead of
/// adding a duplicate.
/// </summary>
public static class CalendarFeed
{
    public static string Build(ContentSnapshot snapshot, CadencePlan plan)
    {
        var calendar = new Calendar { ProductId = "-//ValueFirst//Content calendar//EN" };
        calendar.AddProperty("X-WR-CALNAME", "ValueFirst content calendar");

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

    /// <summary>A stable UID for a content path: the same file always maps to the same event.</summary>
    public static string UidFor(string path) =>
        $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..32]}@content.valuefirst";

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
