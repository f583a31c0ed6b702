namespace ValueFirst.Core.Relationships;

/// <summary>
/// Connect with people introduced by trusted connections: among connected contacts, the one best placed to introduce a
/// target — someone at the same company first, then whoever shares the most of the target's tags, then the best fit,
/// then the name. The caller passes connected contacts only (suspended ones introduce nobody) and evaluates the chosen
/// one's ask readiness, since asking for an introduction is an ask to them.
/// </summary>
public static class IntroducerFinder
{
    public static IntroducerChoice? Choose(int targetId, string? targetCompany, IReadOnlyList<string> targetTags, IEnumerable<IntroductionCandidate> connected)
    {
        ArgumentNullException.ThrowIfNull(targetTags);
        ArgumentNullException.ThrowIfNull(connected);
        var company = Normalise(targetCompany);
        var best = connected
            .Where(c => c.ContactId != targetId)
            .Select(c => (Contact: c, SameCompany: company.Length > 0 && Normalise(c.Company) == company, Shared: SharedTags(targetTags, c.Tags)))
            .Where(x => x.SameCompany || x.Shared.Count > 0)
            .OrderByDescending(x => x.SameCompany)
            .ThenByDescending(x => x.Shared.Count)
            .ThenByDescending(x => x.Contact.FitScore)
            .ThenBy(x => x.Contact.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(x => x.Contact.ContactId)
            .FirstOrDefault();
        if (best.Contact is null)
        {
            return null;
        }

        return new IntroducerChoice(best.Contact, best.SameCompany ? $"both at {best.Contact.Company!.Trim()}" : $"both into {string.Join(", ", best.Shared)}");
    }

    private static List<string> SharedTags(IReadOnlyList<string> mine, IReadOnlyList<string> theirs) =>
        mine.Where(t => theirs.Contains(t, StringComparer.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string Normalise(string? company) => string.IsNullOrWhiteSpace(company) ? "" : company.Trim().ToLowerInvariant();
}
