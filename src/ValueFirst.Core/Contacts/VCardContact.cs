namespace ValueFirst.Core.Contacts;

/// <summary>
/// The parts of a vCard ValueFirst keeps: name (FN, else built from N), emails, organisation, title, web addresses
/// (URL, SOCIALPROFILE, X-SOCIALPROFILE), categories and note. <see cref="LineNumber"/> is where the card's BEGIN is.
/// </summary>
public sealed record VCardContact(
    int LineNumber,
    string Name,
    string? FamilyName,
    string? GivenName,
    IReadOnlyList<string> Emails,
    string? Organization,
    string? Title,
    IReadOnlyList<string> Urls,
    IReadOnlyList<string> Categories,
    string? Note)
{
    /// <summary>The first LinkedIn address among the card's web addresses, normalised.</summary>
    public string? LinkedInUrl => Urls.Select(ProfileUrl.Normalize).FirstOrDefault(u => u is not null && u.StartsWith("https://www.linkedin.com/", StringComparison.Ordinal));
}
