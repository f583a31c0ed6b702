namespace ValueFirst.Core.Contacts;

/// <summary>
/// The user's short description of whom they want to serve: the words a good prospect or referral
/// source has in their profile. Empty lists are simply not scored.
/// </summary>
public sealed record IdealClientProfileTerms(
    IReadOnlyList<string> Industries,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Locations,
    IReadOnlyList<string> CompanySizes)
{
    public static IdealClientProfileTerms Empty { get; } = new([], [], [], []);

    public bool IsEmpty => Industries.Count == 0 && Roles.Count == 0 && Locations.Count == 0 && CompanySizes.Count == 0;

    /// <summary>Splits a comma-, semicolon- or line-separated text box into trimmed, distinct terms.</summary>
    public static IReadOnlyList<string> ParseList(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
}
