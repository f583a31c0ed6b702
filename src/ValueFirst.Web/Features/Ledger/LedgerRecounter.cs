using Hangfire;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Jobs;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// Counts an owner's ledger rows again when what they are computed from changes for all of them at once: the user's
/// readiness settings or time zone. The rows are marked stale at once (so every read recounts before it trusts
/// them), and a background job recounts them all.
/// </summary>
public sealed class LedgerRecounter(IDbContextFactory<ApplicationDbContext> dbFactory, UserClock clock, IBackgroundJobClient jobs)
{
    /// <summary>Marks the owner's rows stale in the caller's context (and its transaction, when one is open).</summary>
    public async Task MarkStaleAsync(ApplicationDbContext db, string ownerId, CancellationToken ct) =>
        await LedgerTotalsRecount.MarkStaleAsync(db, ownerId, (await clock.NowAsync(db, ownerId, ct)).Today, ct);

    /// <summary>The same, when the caller knows the owner's zone (it has just saved a new one in this transaction).</summary>
    public Task MarkStaleAsync(ApplicationDbContext db, string ownerId, TimeZoneInfo zone, CancellationToken ct) =>
        LedgerTotalsRecount.MarkStaleAsync(db, ownerId, clock.In(zone).Today, ct);

    /// <summary>Queues the recount of the owner's stale rows; call it once the marks are committed.</summary>
    public void QueueRecount(string ownerId) => jobs.Enqueue<LedgerRecountJob>(job => job.RunAsync(ownerId, CancellationToken.None));

    /// <summary>Recounts every stale row of the owner now (the job's work).</summary>
    public async Task RecountAllAsync(string ownerId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await LedgerTotalsRecount.RefreshDueAsync(db, ownerId, await clock.NowAsync(db, ownerId, ct), ct);
    }
}
