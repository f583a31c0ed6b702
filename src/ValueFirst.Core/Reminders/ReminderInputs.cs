using ValueFirst.Core.Content;
using ValueFirst.Core.Ledger;

namespace ValueFirst.Core.Reminders;

/// <summary>What a weekly reminder is decided from, gathered by the caller as plain data for one user.</summary>
/// <param name="GiveFirst">The ledger's "give before any ask" list, ranked.</param>
/// <param name="EarnedAsks">The ledger's earned asks, ranked.</param>
/// <param name="Content">The user's content-calendar items (the digest picks the one due in the slot's week).</param>
public sealed record ReminderInputs(
    IReadOnlyList<GiveFirstEntry> GiveFirst,
    IReadOnlyList<GiveFirstEntry> EarnedAsks,
    IReadOnlyList<ContentItem> Content);
