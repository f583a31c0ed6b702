namespace ValueFirst.Web.Features.Reminders;

/// <summary>Where a reminder link stands when opened or confirmed.</summary>
public enum EmailActionOutcome
{
    /// <summary>Valid and unused: the confirmation page shows the action and its one button.</summary>
    Ready,

    /// <summary>Confirmed now: the action was carried out.</summary>
    Done,

    /// <summary>The link was used before: nothing changes.</summary>
    AlreadyDone,

    /// <summary>Expired, altered, for another action, or its contact is gone: nothing is shown or changed.</summary>
    Invalid,

    /// <summary>Valid, but the change could not be made now (the database stayed busy, the ledger refused): nothing changed.</summary>
    Failed,
}
