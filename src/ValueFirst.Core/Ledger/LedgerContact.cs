using ValueFirst.Core.Contacts;

namespace ValueFirst.Core.Ledger;

/// <summary>What the ledger needs to know about a contact besides its facts, read from the contact book.</summary>
/// <param name="GiveCadenceDays">The contact's own cadence override, if any.</param>
/// <param name="Position">Their job title.</param>
/// <param name="RoleChangedOn">When an import last saw their position or company change: a reason to congratulate.</param>
public sealed record LedgerContact(
    int Id,
    string Name,
    string? Company,
    IReadOnlyList<string> Tags,
    PipelineRole Role,
    ConnectionState ConnectionState,
    int FitScore,
    int? GiveCadenceDays,
    ContactLedgerFacts Facts,
    string? Position = null,
    DateOnly? RoleChangedOn = null)
{
    /// <summary>Splits the contact book's lower-case, semicolon-separated tag string.</summary>
    public static IReadOnlyList<string> ParseTags(string? tags) =>
        string.IsNullOrWhiteSpace(tags)
            ? []
            : tags.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
