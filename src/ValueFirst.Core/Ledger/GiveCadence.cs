using ValueFirst.Core.Contacts;
using ValueFirst.Core.Time;

namespace ValueFirst.Core.Ledger;

/// <summary>
/// Keep-in-touch done right: the clock restarts on every give (not on a manual tick), so the next give
/// is due a cadence after the last one, or after connecting when I have not given yet.
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

    public static GiveDue Evaluate(ContactLedgerFacts facts, int cadenceDays, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(zone);
        DateOnly? from = facts.LastGiveUtc is { } lastGive ? LocalDays.DateOf(lastGive, zone) : facts.ConnectedOn;
        if (from is not { } start)
        {
            return new GiveDue(cadenceDays, null, 0);
        }

        var due = start.AddDays(cadenceDays);
        return new GiveDue(cadenceDays, due, LocalDays.Between(due, LocalDays.Today(now, zone)));
    }
}
