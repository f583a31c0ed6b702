using ValueFirst.Core.Ledger;

namespace ValueFirst.Core.Sessions;

/// <summary>One concrete way to give a contact value, and what ticking it records.</summary>
/// <param name="ContentPath">The article to send, when the idea is an article.</param>
public sealed record GiveIdea(InteractionType Kind, string Suggestion, string? ContentPath = null, string? Link = null);
