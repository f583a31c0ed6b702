namespace ValueFirst.Core.Relationships;

/// <summary>A connected contact as the engagement program sees them.</summary>
/// <param name="ConnectedOn">When you connected; null when unknown (such a contact is not in the program).</param>
/// <param name="HasAnswers">They already told you who they want to meet, where they network or who their ideal clients are.</param>
/// <param name="Hook">Something personal to mention in a welcome (their headline, the group where you met).</param>
public sealed record NewConnection(
    int ContactId,
    string Name,
    string? Company,
    DateOnly? ConnectedOn,
    DateOnly? WelcomedOn = null,
    DateOnly? AnswersAskedOn = null,
    bool HasAnswers = false,
    DateOnly? ChannelInvitedOn = null,
    string? Hook = null,
    IReadOnlyList<string>? Tags = null);
