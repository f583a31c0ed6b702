using ValueFirst.Web.Data;
using ValueFirst.Web.Infrastructure;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>At start-up, counts the totals of interactions the app did not write itself (a bulk load, a restored backup).</summary>
internal sealed class LedgerTotalsBackfill(ILogger<LedgerTotalsBackfill> logger) : IDatabaseStartupTask
{
    public async Task RunAsync(ApplicationDbContext db, CancellationToken ct)
    {
        var counted = await LedgerTotalsRecount.BackfillAsync(db, ct);
        if (counted > 0)
        {
            logger.LogInformation("Counted the ledger totals of {Contacts} contacts", counted);
        }
    }
}
