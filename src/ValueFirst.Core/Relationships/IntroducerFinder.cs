using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;

namespace ValueFirst.Core.Relationships;

/// <summary>
/// Connect with people introduced by trusted connections: for a target, the connected contact best placed to introduce
/// them — someone at the same company first, then whoever shares the most of the target's tags, then the one whose ask
/// is earned, then the one given to most. Suspended and unconnected contacts never introduce anyone.
/// </summary>
public static class IntroducerFinder
{
    public static Introducer? Find(
        int targetId,
        string? targetCompany,
        IReadOnlyList<string> targetTags,
        IEnumerable<LedgerContact> network,
        ReadinessSettings settings,
        DateTimeOffset now,
        TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(targetTags);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(zone);
        var company = Normalise(targetCompany);
        var today = Time.LocalDays.Today(now, zone);
        var best = network
            .Where(c => c.ConnectionState == ConnectionState.Connected && c.Id != targetId)
            .Select(c => (Contact: c, SameCompany: company.Length > 0 && Normalise(c.Company) == company, Shared: SharedTags(targetTags, c.Tags)))
            .Where(x => x.SameCompany || x.Shared.Count > 0)
            .Select(x => (x.Contact, x.SameCompany, x.Shared, State: AskReadiness.StateOf(x.Contact.Facts, settings, today, zone)))
            .OrderByDescending(x => x.SameCompany)
            .ThenByDescending(x => x.Shared.Count)
            .ThenByDescending(x => x.State == AskState.AskEarned)
            .ThenByDescending(x => x.Contact.Facts.Gives)
            .ThenBy(x => x.Contact.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(x => x.Contact.Id)
            .FirstOrDefault();
        if (best.Contact is null)
        {
            return null;
        }

        var shared = best.SameCompany
            ? $"both at {best.Contact.Company!.Trim()}"
            : $"both into {string.Join(", ", best.Shared)}";
        return new Introducer(best.Contact.Id, best.Contact.Name, best.Contact.Company, shared,
            AskReadiness.Evaluate(best.Contact.Facts, settings, now, zone));
    }

    private static List<string> SharedTags(IReadOnlyList<string> mine, IReadOnlyList<string> theirs) =>
        mine.Where(t => theirs.Contains(t, StringComparer.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string Normalise(string? company) => string.IsNullOrWhiteSpace(company) ? "" : company.Trim().ToLowerInvariant();
}
