namespace ValueFirst.Web.Features.Reminders;

/// <summary>The week's reminder record with its email, and whether this call created them.</summary>
public sealed record WeekReminder(ReminderRecord Record, bool Created);
