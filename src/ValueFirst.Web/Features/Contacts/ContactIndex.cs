using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// The matching keys of one owner's contacts, held in memory for an import (entities are loaded per batch): profile
/// URL, email, name and company, and the name alone when only one contact has it. Keys of contacts merged into
/// others lead to the survivor, so an import never brings a merged-away contact back.
/// </summary>
internal sealed class ContactIndex
{
    private readonly Dictionary<string, int> byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> byEmail = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> byNameAndCompanyWithoutUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> byNameAndCompany = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(IdentityKind, string), int> merged = [];

    public static async Task<ContactIndex> LoadAsync(ApplicationDbContext db, string ownerId, CancellationToken ct)
    {
        var index = new ContactIndex();
        await foreach (var c in db.Set<Contact>().AsNoTracking()
                           .Where(c => c.OwnerId == ownerId)
                           .OrderBy(c => c.Id)
                           .Select(c => new { c.Id, c.ProfileUrl, c.Name, c.Company, c.Email })
                           .AsAsyncEnumerable().WithCancellation(ct))
        {
            index.Add(c.Id, c.ProfileUrl, c.Name, c.Company, c.Email);
        }

        await foreach (var m in db.Set<MergedIdentity>().AsNoTracking()
                           .Where(m => m.OwnerId == ownerId)
                           .Select(m => new { m.Kind, m.Key, m.SurvivorId })
                           .AsAsyncEnumerable().WithCancellation(ct))
        {
            index.merged.TryAdd((m.Kind, m.Key), m.SurvivorId);
        }

        return index;
    }

    /// <summary>Whether a normalised URL belongs to a contact (or one merged into a contact).</summary>
    public bool HasUrl(string url) => ByUrl(url) is not null;

    /// <summary>True when the URL leads to a contact only as a merged-away contact's key: the survivor keeps its own values.</summary>
    public bool IsMergedAway(string? url) => url is not null && !byUrl.ContainsKey(url) && merged.ContainsKey((IdentityKind.ProfileUrl, url));

    public int? ByUrl(string? url) =>
        url is null ? null : byUrl.TryGetValue(url, out var id) ? id : merged.TryGetValue((IdentityKind.ProfileUrl, url), out id) ? id : null;

    public int? ByEmail(string? email) =>
        ContactKeys.Email(email) is not { } key ? null
        : byEmail.TryGetValue(key, out var id) ? id
        : merged.TryGetValue((IdentityKind.Email, key), out id) ? id : null;

    /// <summary>A contact with this name and company that has no profile URL (a row without one cannot match a contact that has one).</summary>
    public int? TakeByNameAndCompanyWithoutUrl(string name, string? company)
    {
        var key = ContactKeys.NameAndCompany(name, company);
        // Removed so a second row cannot claim the same contact.
        return byNameAndCompanyWithoutUrl.Remove(key, out var id) ? id : merged.TryGetValue((IdentityKind.NameAndCompany, key), out id) ? id : null;
    }

    public int? ByNameAndCompany(string name, string? company)
    {
        var key = ContactKeys.NameAndCompany(name, company);
        return byNameAndCompany.TryGetValue(key, out var id) ? id : merged.TryGetValue((IdentityKind.NameAndCompany, key), out id) ? id : null;
    }

    /// <summary>The one contact with exactly this name; null when none or several have it.</summary>
    public int? ByName(string? name) => name is not null && byName.TryGetValue(name.Trim(), out var id) ? id : null;

    public void Add(int id, string? url, string name, string? company, string? email)
    {
        if (url is not null)
        {
            byUrl.TryAdd(url, id);
        }
        else
        {
            byNameAndCompanyWithoutUrl.TryAdd(ContactKeys.NameAndCompany(name, company), id);
        }

        byNameAndCompany.TryAdd(ContactKeys.NameAndCompany(name, company), id);
        if (ContactKeys.Email(email) is { } key)
        {
            byEmail.TryAdd(key, id);
        }

        var trimmed = name.Trim();
        byName[trimmed] = byName.TryGetValue(trimmed, out var existing) && existing != id ? null : id;
    }
}
