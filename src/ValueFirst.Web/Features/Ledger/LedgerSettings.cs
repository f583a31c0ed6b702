using System.Globalization;
using ValueFirst.Core.Ledger;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// One user's readiness thresholds and give cadences; a user without a row gets
/// <see cref="ReadinessSettings.Default"/>. Kept in the ledger's own table, keyed by user.
/// </summary>
public sealed class LedgerSettings
{
    public required string UserId { get; set; }

    public int RequiredGivesBeforeAsk { get; set; } = ReadinessSettings.Default.RequiredGivesBeforeAsk;

    public int MinDaysBeforeFirstAsk { get; set; } = ReadinessSettings.Default.MinDaysBeforeFirstAsk;

    public int MinDaysBetweenAsks { get; set; } = ReadinessSettings.Default.MinDaysBetweenAsks;

    public int ProspectCadenceDays { get; set; } = ReadinessSettings.Default.ProspectCadenceDays;

    public int ReferralSourceCadenceDays { get; set; } = ReadinessSettings.Default.ReferralSourceCadenceDays;

    public int ResourceCadenceDays { get; set; } = ReadinessSettings.Default.ResourceCadenceDays;

    public int PeerCadenceDays { get; set; } = ReadinessSettings.Default.PeerCadenceDays;

    /// <summary>Cadence per tag as "tag=days; tag=days" (tags lower-case, as the contact book stores them).</summary>
    public string TagCadences { get; set; } = "";

    /// <summary>Contacts never given to that join the give-first list each week (see <see cref="ReadinessSettings.NewRelationshipsPerWeek"/>).</summary>
    public int NewRelationshipsPerWeek { get; set; } = ReadinessSettings.Default.NewRelationshipsPerWeek;

    public ReadinessSettings ToReadinessSettings() => new(
        RequiredGivesBeforeAsk,
        MinDaysBeforeFirstAsk,
        MinDaysBetweenAsks,
        ProspectCadenceDays,
        ReferralSourceCadenceDays,
        ResourceCadenceDays,
        PeerCadenceDays,
        TryParseTagCadences(TagCadences, out var byTag, out _) ? byTag : null,
        NewRelationshipsPerWeek);

    /// <summary>Parses "cto=21; fintech=45"; on failure <paramref name="error"/> says which entry is wrong.</summary>
    public static bool TryParseTagCadences(string? text, out Dictionary<string, int> byTag, out string? error)
    {
        byTag = new Dictionary<string, int>(StringComparer.Ordinal);
        error = null;
        foreach (var entry in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days is < 1 or > 365)
            {
                error = $"\"{entry}\" should look like tag=days, with days from 1 to 365.";
                return false;
            }

            byTag[parts[0].ToLowerInvariant()] = days;
        }

        return true;
    }

    /// <summary>Writes tag cadences back in the canonical "tag=days; tag=days" form, sorted by tag.</summary>
    public static string FormatTagCadences(IReadOnlyDictionary<string, int> byTag) =>
        string.Join("; ", byTag.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}
