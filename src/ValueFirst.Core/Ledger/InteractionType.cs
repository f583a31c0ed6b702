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
}
