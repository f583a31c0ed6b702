namespace ValueFirst.Core.Content;

/// <summary>Whether the quarterly minimum is met, planned, in danger or lost.</summary>
public enum QuarterState
{
    /// <summary>Something dated in the quarter is published.</summary>
    Met,

    /// <summary>Nothing published yet, but items are dated in it.</summary>
    Planned,

    /// <summary>Current or future, nothing dated (or only ideas), and six weeks or less left.</summary>
    AtRisk,

    /// <summary>Over, and nothing was published in it.</summary>
    Missed,

    /// <summary>Nothing dated yet, but more than six weeks left.</summary>
    Open,
}
