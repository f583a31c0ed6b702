namespace ValueFirst.Web.Features.Reminders;

/// <summary>What one run of the reminder job did; logged, and asserted by tests.</summary>
public enum ReminderOutcome
{
    Sent,
    AlreadySent,
    /// <summary>Another server (or run) holds the claim, or the record is failed and waits for a manual re-send.</summary>
    NotClaimed,
    /// <summary>No reminder is due now: too early, or the slot has already started.</summary>
    NotDue,
    /// <summary>No slot, reminder switched off, or the user has no email address.</summary>
    Disabled,
}
