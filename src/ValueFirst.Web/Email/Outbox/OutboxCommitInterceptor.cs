using System.Data.Common;
using System.Runtime.CompilerServices;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ValueFirst.Core.Mail;
using ValueFirst.Web.Jobs;

namespace ValueFirst.Web.Email.Outbox;

/// <summary>
/// Queues one delivery job for every outbox message a unit of work adds (or puts back in line), after that unit of work
/// commits: before it, the job would not find its message; after a rollback there is nothing to send. A job that
/// cannot be queued is only logged: the outbox sweep finds every due message anyway.
/// </summary>
/// <remarks>
/// A save outside a transaction has committed when <c>SavedChanges</c> runs; inside the caller's transaction the ids wait
/// for <c>TransactionCommitted</c>. The options are applied twice (context and factory), so each hook may run twice:
/// the first run takes the work, the second finds none.
/// </remarks>
public sealed class OutboxCommitInterceptor(IServiceProvider services, ILogger<OutboxCommitInterceptor> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Work> work = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Of(eventData.Context)?.Saving.Clear();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Of(eventData.Context)?.Saving.Clear();
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Of(eventData.Context)?.Committing.Clear();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Of(eventData.Context)?.Committing.Clear();
        return Task.CompletedTask;
    }

    private void Capture(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        var queued = db.ChangeTracker.Entries<OutboxMessage>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Entity.State == DeliveryState.Pending && e.Property(m => m.State).IsModified))
            .Select(e => e.Entity)
            .ToList();
        if (queued.Count > 0)
        {
            work.GetOrCreateValue(db).Saving.UnionWith(queued);
        }
    }

    private void Saved(DbContext? db)
    {
        if (Of(db) is not { Saving.Count: > 0 } pending)
        {
            return;
        }

        var ids = pending.Saving.Select(m => m.Id).ToList();
        pending.Saving.Clear();
        if (db!.Database.CurrentTransaction is null)
        {
            Enqueue(ids);
        }
        else
        {
            pending.Committing.UnionWith(ids);
        }
    }

    private void Committed(DbContext? db)
    {
        if (Of(db) is not { Committing.Count: > 0 } pending)
        {
            return;
        }

        var ids = pending.Committing.ToList();
        pending.Committing.Clear();
        Enqueue(ids);
    }

    private void Enqueue(List<long> ids)
    {
        foreach (var id in ids)
        {
            try
            {
                services.GetRequiredService<IBackgroundJobClient>().Enqueue<OutboxJob>(job => job.DeliverAsync(id, CancellationToken.None));
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Could not queue the delivery of outbox message {MessageId}; the outbox sweep will send it", id);
            }
        }
    }

    private Work? Of(DbContext? db) => db is not null && work.TryGetValue(db, out var found) ? found : null;

    private sealed class Work
    {
        public HashSet<OutboxMessage> Saving { get; } = new(ReferenceEqualityComparer.Instance);

        public HashSet<long> Committing { get; } = [];
    }
}
