using ValueFirst.Core.Ledger;

namespace ValueFirst.Core.Reminders;

/// <summary>What the reminder suggests giving a contact: the words, the give it logs when done, and a linked article if any.</summary>
/// <param name="ContentPath">The published article the suggestion names, relative to the content folder; null when none.</param>
public sealed record GiveSuggestion(string Text, InteractionType Type, string? ContentPath = null);
