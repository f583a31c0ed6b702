namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// Outcome of a save: the contact's id, or a message for the form (e.g. a duplicate profile URL), or
/// not found — which is also the answer for another user's contact.
/// </summary>
public sealed record ContactSaveResult(int? Id, string? Error = null, string? ErrorField = null)
{
    public static ContactSaveResult NotFound { get; } = new(null, "Contact not found.");

    public bool Succeeded => Id is not null && Error is null;
}
