namespace ValueFirst.Web.Features.Sessions;

/// <summary>What one run of the session job did; logged, and asserted by tests.</summary>
public enum SessionBuildOutcome
{
    Built,
    /// <summary>The week's session existed already (a retry, a catch-up, another server, or "Start now").</summary>
    AlreadyBuilt,
    /// <summary>The user has no slot any more (removed, or the account was deleted): the recurring job removed itself.</summary>
    NoSlot,
}
