namespace ValueFirst.Core.Ledger;

/// <summary>Which way value moved in an interaction.</summary>
public enum InteractionDirection
{
    /// <summary>I gave value.</summary>
    Give,
    /// <summary>I asked for something.</summary>
    Ask,
    /// <summary>They gave value to me (a referral, an introduction, business).</summary>
    Received,
}
