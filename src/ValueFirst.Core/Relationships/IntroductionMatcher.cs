using System.Globalization;
using System.Text;

namespace ValueFirst.Core.Relationships;

/// <summary>
/// Introductions from what contacts said: "wants to meet" is split into words (lower case, accents folded, a plural
/// "s" dropped, filler words such as "the", "into", "people" left out) and compared with the words of another connected
/// contact's position, company and tags. A match needs two of those words — or the one word, when only one was
/// written — and the contact with the most matching words wins (tags before position and company, then the best fit,
/// then the name). Introductions already made are not suggested again. Plain words, so every suggestion can say why.
/// </summary>
public sealed class IntroductionMatcher
{
    /// <summary>Words that say nothing about whom someone wants to meet.</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "in", "into", "to", "for", "with", "at", "on", "from", "by", "who", "that",
        "which", "people", "person", "someone", "anyone", "other", "some", "more", "like", "eg", "ie", "me", "my", "i",
        "their", "them", "they", "want", "wants", "meet", "meeting", "are", "is", "be", "about", "any", "all", "etc",
        "this", "these", "those", "as", "so", "such", "our", "your", "we", "you", "us", "it", "its", "was", "has", "have",
    };

    // Each candidate's words are worked out once, however many seekers are matched against them.
    private readonly List<(IntroductionCandidate Candidate, HashSet<string> TagWords, HashSet<string> ProfileWords)> candidates;

    public IntroductionMatcher(IEnumerable<IntroductionCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        this.candidates = candidates
            .Select(c => (c,
                c.Tags.SelectMany(Words).ToHashSet(StringComparer.Ordinal),
                Words(string.Join(' ', new[] { c.Position, c.Company }.Where(s => !string.IsNullOrWhiteSpace(s)))).ToHashSet(StringComparer.Ordinal)))
            .ToList();
    }

    /// <summary>The best introduction for <paramref name="seeker"/>; null when nobody matches well enough.</summary>
    public IntroductionMatch? BestFor(IntroductionSeeker seeker, IReadOnlyCollection<(int SeekerId, int OtherId)>? alreadyMade = null)
    {
        ArgumentNullException.ThrowIfNull(seeker);
        var wanted = Words(seeker.WantsToMeet);
        if (wanted.Count == 0)
        {
            return null;
        }

        var needed = Math.Min(2, wanted.Count);
        var best = candidates
            .Where(c => c.Candidate.ContactId != seeker.ContactId && !(alreadyMade?.Contains((seeker.ContactId, c.Candidate.ContactId)) ?? false))
            .Select(c =>
            {
                var matched = wanted.Where(w => c.TagWords.Contains(w) || c.ProfileWords.Contains(w)).ToList();
                return (c.Candidate, Matched: matched, FromTags: matched.Count(c.TagWords.Contains));
            })
            .Where(x => x.Matched.Count >= needed)
            .OrderByDescending(x => x.Matched.Count)
            .ThenByDescending(x => x.FromTags)
            .ThenByDescending(x => x.Candidate.FitScore)
            .ThenBy(x => x.Candidate.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(x => x.Candidate.ContactId)
            .FirstOrDefault();
        return best.Candidate is null ? null : new IntroductionMatch(seeker, best.Candidate, best.Matched, Reason(best.Candidate, best.Matched));
    }

    /// <summary>The meaningful words of a text, in order, each once: lower case, accents folded, a plural "s" dropped.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length == 0)
            {
                return;
            }

            var raw = current.ToString();
            var word = Stem(raw);
            current.Clear();
            if (word.Length > 1 && !Filler.Contains(raw) && !Filler.Contains(word) && !words.Contains(word))
            {
                words.Add(word);
            }
        }
    }

    private static string Reason(IntroductionCandidate other, IReadOnlyList<string> matched)
    {
        var profile = string.Join(" at ", new[] { other.Position, other.Company }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var parts = new List<string>(2);
        if (profile.Length > 0)
        {
            parts.Add(profile);
        }

        if (other.Tags.Count > 0)
        {
            parts.Add($"tags {string.Join(", ", other.Tags)}");
        }

        return $"{other.Name} matches {string.Join(", ", matched)}{(parts.Count > 0 ? $" ({string.Join("; ", parts)})" : "")}.";
    }

    // Plural to singular, simply: "founders" → "founder", "companies" → "company"; "business" and "sales"-like words
    // fold the same way on both sides, which is all a match needs.
    private static string Stem(string word) =>
        word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;

    private static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
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
