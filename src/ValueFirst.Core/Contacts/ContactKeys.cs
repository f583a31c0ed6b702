namespace ValueFirst.Core.Contacts;

/// <summary>The keys two records of one person share: imports match on them, and duplicates are found by them.</summary>
public static class ContactKeys
{
    /// <summary>Name and company, case-insensitive: how a row without a profile URL is matched.</summary>
    public static string NameAndCompany(string name, string? company)
    {
        ArgumentNullException.ThrowIfNull(name);
        return $"{name.Trim().ToLowerInvariant()}\u001f{company?.Trim().ToLowerInvariant()}";
    }

    /// <summary>An email address, case-insensitive; null when empty.</summary>
    public static string? Email(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
}
