namespace ValueFirst.Core.Ledger;

/// <summary>What happened; each type belongs to one <see cref="InteractionDirection"/>.</summary>
public enum InteractionType
{
    // Gives
    SharedTheirPost,
    CommentedThoughtfully,
    SentMyArticle,
    SentRecommendedArticle,
    MadeIntroduction,
    GaveReferral,
    Endorsed,
    Congratulated,
    HelpedWithQuestion,

    // Asks
    AskedForMeeting,
    AskedForReferral,
    AskedForIntroduction,
    AskedForSale,

    // Received
    ReceivedReferral,
    ReceivedIntroduction,
    ReceivedBusiness,

    // A give added after the others, so the numbers already stored keep their meaning.
    /// <summary>A personal welcome to a new connection: the first step of the engagement program.</summary>
    Welcomed,
}
