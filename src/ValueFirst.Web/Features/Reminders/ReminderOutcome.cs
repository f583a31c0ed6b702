namespace ValueFirst.Web.Features.Reminders;

/// <summary>What one run of the reminder job did; logged, and asserted by tests.</summary>
public enum ReminderOutcome
{
    /// <summary>This run recorded the week's reminder in the outbox; its delivery is queued.</summary>
    Recorded,
    /// <summary>The week's reminder was already recorded (by another run, server or "Send now"): nothing changed.</summary>
    AlreadyRecorded,
    /// <summary>No reminder is due now: too early, or the slot has already started.</summary>
    NotDue,
    /// <summary>No slot, reminder switched off, or the user has no email address.</summary>
    Disabled,
}
