namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// A profile URL, email or name-and-company that belonged to a contact merged into another: imports match it to the
/// surviving contact, so they never bring the merged-away one back.
/// </summary>
public sealed class MergedIdentity
{
    public long Id { get; set; }

    public required string OwnerId { get; set; }

    public int SurvivorId { get; set; }

    public IdentityKind Kind { get; set; }

    /// <summary>The key in its matching form: a normalised URL, a lower-case email, <see cref="Core.Contacts.ContactKeys.NameAndCompany"/>.</summary>
    public required string Key { get; set; }

    public DateTime MergedUtc { get; set; }
}
