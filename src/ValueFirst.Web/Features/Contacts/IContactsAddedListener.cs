using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// Told, inside the import's transaction, of contacts the import inserted without the change tracker (see
/// <see cref="PreparedInsert"/>), so each feature that keeps rows derived from contacts (the ledger's totals) writes
/// them through its own code, as it does when a SaveChanges adds a contact.
/// </summary>
public interface IContactsAddedListener
{
    Task ContactsAddedAsync(ApplicationDbContext db, IReadOnlyCollection<int> contactIds, CancellationToken ct);
}
