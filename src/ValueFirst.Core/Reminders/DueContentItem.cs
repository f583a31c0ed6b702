using ValueFirst.Core.Content;
using ValueFirst.Core.Time;

namespace ValueFirst.Core.Reminders;

/// <summary>The content-calendar item to publish or share this week, so the reminder keeps the cadence visible.</summary>
public sealed record DueContentItem(string Title, DateOnly Date)
{
    /// <summary>The first own article or share dated in <paramref name="week"/> that is not published yet; null when none.</summary>
    public static DueContentItem? FirstIn(IEnumerable<ContentItem> items, IsoWeek week)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items
            .Where(i => i.Date is { } d && week.Contains(d) && i.Status != ContentStatus.Published)
            .OrderBy(i => i.Date)
            .ThenBy(i => i.Path, StringComparer.Ordinal)
            .Select(i => new DueContentItem(i.Title, i.Date!.Value))
            .FirstOrDefault();
    }
}
