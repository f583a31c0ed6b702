using ValueFirst.Core.Contacts;

namespace ValueFirst.Core.Sessions;

/// <summary>A contact as the session builder needs it (targets, invitations, follow-ups, introduction candidates).</summary>
/// <param name="Tags">Lower-case tags, as the contact book stores them.</param>
/// <param name="Headline">What a personal invitation can refer to.</param>
public sealed record SessionContact(
    int Id,
    string Name,
    string? Company,
    IReadOnlyList<string> Tags,
    int FitScore,
    string? Headline = null,
    DateOnly? FollowUpOn = null,
    VettingSignals Signals = VettingSignals.None,
    int? ConnectionCount = null);
