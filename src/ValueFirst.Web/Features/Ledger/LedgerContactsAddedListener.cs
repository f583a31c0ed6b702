using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>Contacts an import inserted in bulk get their <see cref="LedgerTotals"/> rows, as contacts added through a SaveChanges do.</summary>
public sealed class LedgerContactsAddedListener(TimeProvider time) : IContactsAddedListener
{
    public Task ContactsAddedAsync(ApplicationDbContext db, IReadOnlyCollection<int> contactIds, CancellationToken ct) =>
        LedgerTotalsRecount.CountNewAsync(db, contactIds, time.GetUtcNow(), ct);
}
