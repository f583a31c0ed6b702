namespace ValueFirst.Core.Ledger;

/// <summary>Why a contact is on the give-first list this week.</summary>
public enum GiveTurn
{
    /// <summary>More asks than gives lately: balance the relationship before anything else.</summary>
    Overdrawn,
    /// <summary>A give is due again, a cadence after the last one.</summary>
    DueAgain,
    /// <summary>Never given to: one of the few new relationships the week introduces.</summary>
    FirstGive,
}
