using System.Globalization;
using System.Text;

namespace ValueFirst.Core.Contacts;

/// <summary>
/// Scores how well a contact fits the ideal-client profile, simply enough to explain in one line.
/// Each part of the profile the user filled in has a weight — role 40, industry 30, location 15,
/// company size 15 — and a contact earns a part's weight when any of its terms appears as whole words
/// (ignoring case and accents) in the fields that part reads:
/// role in headline, position and tags; industry in headline, position, company and tags; location in
/// location; company size in headline, company and tags. The score is the earned share of the weights
/// of the parts filled in, so a profile with roles only still scores up to 100.
/// </summary>
public static class FitScorer
{
    public const int RoleWeight = 40;
    public const int IndustryWeight = 30;
    public const int LocationWeight = 15;
    public const int CompanySizeWeight = 15;

    public static FitScore Score(FitSubject subject, IdealClientProfileTerms profile)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.IsEmpty)
        {
            return new FitScore(0, ["No ideal-client profile yet: describe it in Settings to score contacts."]);
        }

        var parts = new (string Name, IReadOnlyList<string> Terms, int Weight, string?[] Fields)[]
        {
            ("role", profile.Roles, RoleWeight, [subject.Headline, subject.Position, subject.Tags]),
            ("industry", profile.Industries, IndustryWeight, [subject.Headline, subject.Position, subject.Company, subject.Tags]),
            ("location", profile.Locations, LocationWeight, [subject.Location]),
            ("company size", profile.CompanySizes, CompanySizeWeight, [subject.Headline, subject.Company, subject.Tags]),
        };

        var possible = 0;
        var earned = 0;
        var matches = new List<string>();
        foreach (var (name, terms, weight, fields) in parts)
        {
            if (terms.Count == 0)
            {
                continue;
            }

            possible += weight;
            var haystack = Fold(string.Join(" | ", fields.Where(f => !string.IsNullOrWhiteSpace(f))));
            var matched = terms.Where(t => ContainsWords(haystack, Fold(t))).ToList();
            if (matched.Count > 0)
            {
                earned += weight;
                matches.Add($"{name} {string.Join(", ", matched.Select(m => $"'{m}'"))}");
            }
        }

        var score = (int)Math.Round(100.0 * earned / possible, MidpointRounding.AwayFromZero);
        IReadOnlyList<string> reasons = matches.Count == 0
            ? ["Nothing in the headline, position, company, location or tags matches the ideal-client profile."]
            : [$"Matches {string.Join("; ", matches)}."];
        return new FitScore(score, reasons);
    }

    private static bool ContainsWords(string haystack, string needle)
    {
        if (needle.Length == 0)
        {
            return false;
        }

        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var startsWord = at == 0 || !char.IsLetterOrDigit(haystack[at - 1]);
            var end = at + needle.Length;
            var endsWord = end == haystack.Length || !char.IsLetterOrDigit(haystack[end]);
            if (startsWord && endsWord)
            {
                return true;
            }
        }

        return false;
    }

    // Lower-case without accents, so "São Paulo" matches "sao paulo".
    private static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
