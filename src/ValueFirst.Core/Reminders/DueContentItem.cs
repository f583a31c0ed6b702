namespace ValueFirst.Core.Reminders;

/// <summary>The content-calendar item to publish or share this week, so the reminder keeps the cadence visible.</summary>
public sealed record DueContentItem(string Title, DateOnly Date);
