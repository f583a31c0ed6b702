using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// Told, inside the merge's transaction, that one contact is being merged into another, so each feature that keeps
/// rows about contacts (the ledger's interactions, the weekly session's items) moves them to the survivor through its
/// own code, without the contact book knowing about it. The merged-away contact is deleted after every listener ran.
/// </summary>
public interface IContactMergeListener
{
    Task ContactMergedAsync(ApplicationDbContext db, string ownerId, int mergedId, int survivorId, CancellationToken ct);
}
