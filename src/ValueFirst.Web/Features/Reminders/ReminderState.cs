namespace ValueFirst.Web.Features.Reminders;

public enum ReminderState
{
    /// <summary>Created or being retried; a send may be in progress under a claim.</summary>
    Pending,
    Sent,
    /// <summary>Retries exhausted (or the slot passed first); shown in settings with "Re-send".</summary>
    Failed,
}
