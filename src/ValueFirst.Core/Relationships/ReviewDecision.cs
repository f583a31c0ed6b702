namespace ValueFirst.Core.Relationships;

/// <summary>What the user decided about a relationship that has had their effort for months with nothing back.</summary>
public enum ReviewDecision
{
    /// <summary>Worth it: keep giving as before.</summary>
    Continue,
    /// <summary>Worth it, differently: another way of giving, another channel, another cadence.</summary>
    ChangeApproach,
    /// <summary>Not worth it now: the contact leaves the give-first list, the hour and the email until resumed.</summary>
    Suspend,
}
