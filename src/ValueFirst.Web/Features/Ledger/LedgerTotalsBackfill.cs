using ValueFirst.Web.Data;
using ValueFirst.Web.Infrastructure;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>At start-up, counts the rows of contacts that have none (written outside the app, or from before the rows existed).</summary>
internal sealed class LedgerTotalsBackfill(TimeProvider time, ILogger<LedgerTotalsBackfill> logger) : IDatabaseStartupTask
{
    public async Task RunAsync(ApplicationDbContext db, CancellationToken ct)
    {
        var counted = await LedgerTotalsRecount.BackfillAsync(db, time.GetUtcNow(), ct);
        if (counted > 0)
        {
            logger.LogInformation("Counted the ledger totals of {Contacts} contacts", counted);
        }
    }
}
