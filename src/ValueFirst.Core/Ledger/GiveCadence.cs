using ValueFirst.Core.Contacts;
using ValueFirst.Core.Time;

namespace ValueFirst.Core.Ledger;

/// <summary>
/// Keep-in-touch done right: the clock restarts on every give (not on a manual tick), so the next give
/// is due a cadence after the last one.
/// </summary>
public static class GiveCadence
{
    /// <summary>
    /// The cadence of one contact: its own override, else the shortest cadence among its tags that have
    /// one, else its role's.
    /// </summary>
    public static int DaysFor(int? contactCadenceDays, IEnumerable<string> tags, PipelineRole role, ReadinessSettings settings)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(settings);
        if (contactCadenceDays is > 0)
        {
            return contactCadenceDays.Value;
        }

        if (settings.TagCadenceDays is { Count: > 0 } byTag)
        {
            int? shortest = null;
            foreach (var tag in tags)
            {
                if (byTag.TryGetValue(tag.Trim().ToLowerInvariant(), out var days) && days > 0 && (shortest is null || days < shortest))
                {
                    shortest = days;
                }
            }

            if (shortest is { } fromTag)
            {
                return fromTag;
            }
        }

        return settings.CadenceFor(role);
    }

    /// <summary>
    /// The next give is due a cadence after the last give; with no give recorded, a cadence after the relationship
    /// started to count — the later of connecting and being first seen by ValueFirst, so importing a decade of
    /// connections does not make every one of them "overdue by years".
    /// </summary>
    public static GiveDue Evaluate(ContactLedgerFacts facts, int cadenceDays, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(zone);
        var today = LocalDays.Today(now, zone);
        if (facts.LastGiveUtc is { } lastGive)
        {
            var due = LocalDays.DateOf(lastGive, zone).AddDays(cadenceDays);
            return new GiveDue(cadenceDays, due, LocalDays.Between(due, today));
        }

        if (Later(facts.ConnectedOn, facts.FirstSeenOn) is not { } start)
        {
            return new GiveDue(cadenceDays, null, 0, FirstGive: true);
        }

        var firstDue = start.AddDays(cadenceDays);
        return new GiveDue(cadenceDays, firstDue, LocalDays.Between(firstDue, today), FirstGive: true);
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
