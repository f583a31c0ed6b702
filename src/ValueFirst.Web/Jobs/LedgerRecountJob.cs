using Hangfire;
using ValueFirst.Web.Features.Ledger;

namespace ValueFirst.Web.Jobs;

/// <summary>
/// Hangfire entry point that counts one owner's ledger rows again after their settings or time zone changed (thin: an
/// id in, the ledger does the work). Reads recount stale rows too, so this only saves the next page the wait.
/// </summary>
public sealed class LedgerRecountJob(LedgerRecounter recounter)
{
    [AutomaticRetry(Attempts = 3)]
    public Task RunAsync(string ownerId, CancellationToken ct) => recounter.RecountAllAsync(ownerId, ct);
}
