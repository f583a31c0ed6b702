using System.Runtime.CompilerServices;
using ValueFirst.Core.Content;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Content;

/// <summary>
/// The last feed built from each content snapshot, served again while the plan's suggestions and the weekly slot are
/// unchanged. Calendar apps poll the feed, and serialising an event per draft was most of the cost of answering them
/// (a sixth of the app's CPU under the 20-client load). The entry lives as long as its snapshot: a reload of the
/// owner's folder makes a new snapshot, and with it a new feed.
/// </summary>
public sealed class CalendarFeedCache
{
    private readonly ConditionalWeakTable<ContentSnapshot, Entry> bySnapshot = [];

    /// <summary><see cref="CalendarFeed.Build"/>'s text for these inputs, built at most once while they stay the same.</summary>
    public string Build(ContentSnapshot snapshot, CadencePlan plan, UserSlot? slot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(plan);
        var suggestions = plan.Suggestions.ToArray();
        var slotKey = SlotKey.Of(slot);
        if (bySnapshot.TryGetValue(snapshot, out var cached) && cached.Slot == slotKey && cached.Suggestions.AsSpan().SequenceEqual(suggestions))
        {
            return cached.Text;
        }

        var text = CalendarFeed.Build(snapshot, plan, slot);
        bySnapshot.AddOrUpdate(snapshot, new Entry(suggestions, slotKey, text));
        return text;
    }

    // The suggestions compare by value (path, title, date…); the dated items are the snapshot's own, which never change.
    private sealed record Entry(PlannedItem[] Suggestions, SlotKey? Slot, string Text);

    /// <summary>Every field of the slot its event is written from (the slot itself is a database row, new per request).</summary>
    private readonly record struct SlotKey(string UserId, DayOfWeek Day, TimeOnly Start, int DurationMinutes, DateTime UpdatedUtc, string TimeZoneId)
    {
        public static SlotKey? Of(UserSlot? slot) => slot is null ? null
            : new SlotKey(slot.Slot.UserId, slot.Slot.Day, slot.Slot.StartTime, slot.Slot.DurationMinutes, slot.Slot.UpdatedUtc, slot.TimeZoneId);
    }
}
