using ValueFirst.Web.Email.Outbox;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>One week of the settings page's "Last reminders": the week and where its email stands.</summary>
public sealed record ReminderHistoryRow(long Id, string Week, DeliverySummary Delivery);
