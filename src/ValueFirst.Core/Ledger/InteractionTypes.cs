namespace ValueFirst.Core.Ledger;

/// <summary>Maps each <see cref="InteractionType"/> to its direction and a label in the user's words.</summary>
public static class InteractionTypes
{
    public static InteractionDirection DirectionOf(InteractionType type) => type switch
    {
        InteractionType.Welcomed => InteractionDirection.Give,
        >= InteractionType.SharedTheirPost and <= InteractionType.HelpedWithQuestion => InteractionDirection.Give,
        >= InteractionType.AskedForMeeting and <= InteractionType.AskedForSale => InteractionDirection.Ask,
        _ => InteractionDirection.Received,
    };

    public static IReadOnlyList<InteractionType> Of(InteractionDirection direction) =>
        Enum.GetValues<InteractionType>().Where(t => DirectionOf(t) == direction).ToArray();

    public static string Label(InteractionType type) => type switch
    {
        InteractionType.SharedTheirPost => "Shared their post",
        InteractionType.CommentedThoughtfully => "Commented thoughtfully",
        InteractionType.SentMyArticle => "Sent my article",
        InteractionType.SentRecommendedArticle => "Sent a recommended article",
        InteractionType.MadeIntroduction => "Made an introduction",
        InteractionType.GaveReferral => "Gave a referral",
        InteractionType.Endorsed => "Endorsed / recommended",
        InteractionType.Congratulated => "Congratulated",
        InteractionType.HelpedWithQuestion => "Helped with a question",
        InteractionType.AskedForMeeting => "Asked for a meeting",
        InteractionType.AskedForReferral => "Asked for a referral",
        InteractionType.AskedForIntroduction => "Asked for an introduction",
        InteractionType.AskedForSale => "Asked for a sale / demo",
        InteractionType.ReceivedReferral => "Received a referral",
        InteractionType.ReceivedIntroduction => "Received an introduction",
        InteractionType.ReceivedBusiness => "Received business",
        InteractionType.Welcomed => "Welcomed them personally",
        _ => type.ToString(),
    };
}
