namespace ValueFirst.Web.Features.Contacts;

/// <summary>Which key of a merged-away contact is remembered.</summary>
public enum IdentityKind
{
    ProfileUrl,
    Email,
    NameAndCompany,
}
