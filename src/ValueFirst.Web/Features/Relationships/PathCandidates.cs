using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Relationships;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;

namespace ValueFirst.Web.Features.Relationships;

/// <summary>
/// The connected contacts the path may name, read narrowly so a book of thousands is never loaded whole: those who
/// share a target's company or tags (introducers, with their ask readiness from the ledger), and those whose position,
/// company or tags contain a word of what someone wants (introductions).
/// </summary>
internal static class PathCandidates
{
    /// <summary>How many connected contacts one read may return, best fit first.</summary>
    private const int Limit = 500;

    /// <summary>The best introducer for each target that has one, with the ask readiness the ledger evaluates for them.</summary>
    public static async Task<Dictionary<int, Introducer>> IntroducersAsync(
        ApplicationDbContext db, string ownerId, IReadOnlyList<(int Id, string? Company, IReadOnlyList<string> Tags)> targets, LedgerViews ledger, CancellationToken ct)
    {
        var companies = targets.Select(t => t.Company?.Trim().ToLower()).OfType<string>().Where(c => c.Length > 0).Distinct().ToList();
        var tags = targets.SelectMany(t => t.Tags).Distinct(StringComparer.Ordinal).Take(30).ToList();
        if (companies.Count == 0 && tags.Count == 0)
        {
            return [];
        }

        var connected = Connected(db, ownerId);
        Expression<Func<Contact, bool>> sameCompany = c => c.Company != null && companies.Contains(c.Company.Trim().ToLower());
        var sharing = connected.Where(sameCompany.Or(ContactMatching.HasAnyTag(tags)));
        var candidates = await ReadAsync(sharing, ct);
        var choices = targets
            .Select(t => (t.Id, Choice: IntroducerFinder.Choose(t.Id, t.Company, t.Tags, candidates)))
            .Where(c => c.Choice is not null)
            .ToList();
        var readiness = await ledger.GetReadinessAsync(ownerId, choices.Select(c => c.Choice!.Contact.ContactId).ToList(), ct);
        var chosen = new Dictionary<int, Introducer>();
        foreach (var (targetId, choice) in choices)
        {
            if (readiness.TryGetValue(choice!.Contact.ContactId, out var ready))
            {
                chosen[targetId] = choice.With(ready);
            }
        }

        return chosen;
    }

    /// <summary>Connected contacts whose position, company or tags contain a word of what the seekers want to meet.</summary>
    public static async Task<List<IntroductionCandidate>> ForIntroductionsAsync(ApplicationDbContext db, string ownerId, IEnumerable<string> wants, CancellationToken ct)
    {
        // The matcher compares whole words; the database only narrows the field, so a plural or a "-y/-ies" still gets through.
        var words = wants.SelectMany(IntroductionMatcher.Words)
            .Select(w => w.EndsWith('y') && w.Length > 3 ? w[..^1] : w)
            .Distinct(StringComparer.Ordinal)
            .Take(30)
            .ToList();
        if (words.Count == 0)
        {
            return [];
        }

        return await ReadAsync(Connected(db, ownerId).MentioningAnyWord(words), ct);
    }

    private static IQueryable<Contact> Connected(ApplicationDbContext db, string ownerId) =>
        db.Set<Contact>().AsNoTracking().Where(c => c.OwnerId == ownerId && c.State == ConnectionState.Connected);

    private static async Task<List<IntroductionCandidate>> ReadAsync(IQueryable<Contact> contacts, CancellationToken ct)
    {
        var rows = await contacts
            .OrderByDescending(c => c.FitScore).ThenBy(c => c.Id).Take(Limit)
            .Select(c => new { c.Id, c.Name, c.Position, c.Company, c.Tags, c.FitScore, c.Role })
            .ToListAsync(ct);
        return rows.Select(c => new IntroductionCandidate(c.Id, c.Name, c.Position, c.Company, LedgerContact.ParseTags(c.Tags), c.FitScore, c.Role)).ToList();
    }
}
