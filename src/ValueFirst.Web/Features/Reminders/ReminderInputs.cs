using ValueFirst.Core.Ledger;
using ValueFirst.Core.Reminders;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>What a digest is built from, gathered from other features as plain data.</summary>
public sealed record ReminderInputs(
    IReadOnlyList<GiveFirstEntry> GiveFirst,
    IReadOnlyList<EarnedAsk> EarnedAsks,
    DueContentItem? ContentDue);
