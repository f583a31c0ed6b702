namespace ValueFirst.Core.Relationships;

/// <summary>One connected contact's gives since they last gave anything back, for the review.</summary>
/// <param name="Gives">Gives since the last thing received (all gives when nothing was ever received).</param>
/// <param name="FirstGiveOn">The first of those gives, in the user's calendar.</param>
/// <param name="LastReceivedOn">When they last gave something back; null when never.</param>
/// <param name="LastReplyOn">Their last reply in imported messages; null when none or when messages are not imported.</param>
/// <param name="ReviewedOn">When the user last decided about them in a review.</param>
public sealed record OneWayEffort(
    int ContactId,
    string Name,
    string? Company,
    int Gives,
    DateOnly FirstGiveOn,
    DateOnly? LastReceivedOn = null,
    DateOnly? LastReplyOn = null,
    DateOnly? ReviewedOn = null,
    ReviewDecision? Decision = null);
