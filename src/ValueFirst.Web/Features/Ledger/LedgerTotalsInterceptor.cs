using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// Recounts the <see cref="LedgerTotals"/> of every contact whose interactions a <c>SaveChanges</c> adds,
/// removes or changes, in the same transaction as the change (opening one when the caller has none), so no
/// writer — the log form, the session checklist, an import, a test builder — can leave a summary behind.
/// Statements that bypass the change tracker (<c>ExecuteDelete</c>) call <see cref="LedgerTotalsRecount.RefreshAsync"/>.
/// </summary>
/// <remarks>
/// Registering the context and its factory applies the options twice, so the interceptor may be called twice
/// for one save: the first call does the work, the second finds it done.
/// </remarks>
public sealed class LedgerTotalsInterceptor : SaveChangesInterceptor
{
    public static readonly LedgerTotalsInterceptor Instance = new();

    private readonly ConditionalWeakTable<DbContext, Pending> pending = [];

    private LedgerTotalsInterceptor()
    {
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } db && !pending.TryGetValue(db, out _) && Touched(db) is { } touched)
        {
            var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            pending.AddOrUpdate(db, touched with { Transaction = own });
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } db && !pending.TryGetValue(db, out _) && Touched(db) is { } touched)
        {
            var own = db.Database.CurrentTransaction is null ? db.Database.BeginTransaction() : null;
            pending.AddOrUpdate(db, touched with { Transaction = own });
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } db && pending.TryGetValue(db, out var work))
        {
            pending.Remove(db);
            try
            {
                await LedgerTotalsRecount.RefreshAsync(db, work.ContactIds(), cancellationToken);
                if (work.Transaction is { } own)
                {
                    await own.CommitAsync(cancellationToken);
                }
            }
            finally
            {
                if (work.Transaction is { } own)
                {
                    await own.DisposeAsync();
                }
            }
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } db && pending.TryGetValue(db, out var work))
        {
            pending.Remove(db);
            if (work.Transaction is { } own)
            {
                // Disposing without a commit rolls back.
                await own.DisposeAsync();
            }
        }
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        SaveChangesFailedAsync(eventData).GetAwaiter().GetResult();

    private static Pending? Touched(DbContext db)
    {
        var known = new HashSet<int>();
        var saved = new List<Interaction>();
        foreach (var entry in db.ChangeTracker.Entries<Interaction>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    // The contact may be added in the same save: its id is known only afterwards.
                    saved.Add(entry.Entity);
                    break;
                case EntityState.Deleted:
                    known.Add(entry.Entity.ContactId);
                    break;
                case EntityState.Modified:
                    saved.Add(entry.Entity);
                    known.Add(entry.Property(i => i.ContactId).OriginalValue);
                    break;
            }
        }

        return known.Count + saved.Count == 0 ? null : new Pending(known, saved, null);
    }

    private sealed record Pending(HashSet<int> Known, List<Interaction> Saved, IDbContextTransaction? Transaction)
    {
        public HashSet<int> ContactIds() => [.. Known, .. Saved.Select(i => i.ContactId)];
    }
}
