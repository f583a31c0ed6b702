namespace ValueFirst.Core.Content;

/// <summary>An item shown in a month: at its own date, or at a <see cref="Suggested"/> date the user has not accepted yet.</summary>
public sealed record PlannedItem(ContentItem Item, DateOnly Date, bool Suggested);
