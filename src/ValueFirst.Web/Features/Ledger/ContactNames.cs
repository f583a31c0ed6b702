using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// The owner's contacts' names as a query, so a feature that keeps rows about contacts (the reminder links used) lists
/// them with their names in one query, without reading the contact book itself.
/// </summary>
public static class ContactNames
{
    public static IQueryable<ContactName> Of(ApplicationDbContext db, string ownerId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return LedgerLoader.Contacts(db, ownerId).Select(c => new ContactName { Id = c.Id, Name = c.Name });
    }
}
