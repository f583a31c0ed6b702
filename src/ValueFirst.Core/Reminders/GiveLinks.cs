namespace ValueFirst.Core.Reminders;

/// <summary>The signed one-click links the reminder shows under one suggested give (absolute URLs).</summary>
public sealed record GiveLinks(string Done, string Snooze, string NotThisPerson);
