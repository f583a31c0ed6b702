using Microsoft.EntityFrameworkCore;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// Filters on several tags or words at once, in one pass over the contacts. A UNION of one query per tag made the
/// database de-duplicate whole rows once per tag: 2.3 s to build one weekly hour over 20,000 contacts.
/// </summary>
public static class ContactMatching
{
    /// <summary>Contacts carrying at least one of <paramref name="tags"/> (whole tags, as stored between semicolons).</summary>
    public static IQueryable<Contact> WithAnyTag(this IQueryable<Contact> contacts, IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var needles = tags.Select(t => ";" + t + ";").Distinct(StringComparer.Ordinal).ToList();
        return contacts.Where(c => c.Tags != "" && needles.Any(n => (";" + c.Tags + ";").Contains(n)));
    }

    /// <summary>Contacts whose tags, position or company contain one of <paramref name="words"/> (lower case) anywhere.</summary>
    public static IQueryable<Contact> MentioningAnyWord(this IQueryable<Contact> contacts, IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var patterns = words.Select(w => "%" + w + "%").Distinct(StringComparer.Ordinal).ToList();
        return contacts.Where(c => patterns.Any(p => EF.Functions.Like(c.Tags, p)
            || EF.Functions.Like(c.Position!.ToLower(), p)
            || EF.Functions.Like(c.Company!.ToLower(), p)));
    }
}
