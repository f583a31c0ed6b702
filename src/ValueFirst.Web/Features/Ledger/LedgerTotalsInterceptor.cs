using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// Recounts the <see cref="LedgerTotals"/> of every contact a <c>SaveChanges</c> adds, whose interactions it adds,
/// removes or changes, or whose ledger-relevant fields (state, connection date, role, tags, cadence) it changes, in
/// the same transaction as the change (opening one when the caller has none), so no writer — the log form, the
/// session checklist, an import, an edit, a test builder — can leave a row behind.
/// </summary>
/// <remarks>
/// Registering the context and its factory applies the options twice, so the interceptor may be called twice
/// for one save: the first call does the work, the second finds it done.
/// </remarks>
public sealed class LedgerTotalsInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    /// <summary>The contact fields a ledger row is computed from (besides its interactions).</summary>
    private static readonly string[] LedgerFields =
    [
        nameof(Contact.State), nameof(Contact.ConnectedOn), nameof(Contact.CreatedUtc), nameof(Contact.Role), nameof(Contact.Tags),
        nameof(Contact.GiveCadenceDays), nameof(Contact.OwnerId),
    ];

    private readonly ConditionalWeakTable<DbContext, Pending> pending = [];

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
                await LedgerTotalsRecount.RefreshAsync((ApplicationDbContext)db, work.ContactIds(), time.GetUtcNow(), cancellationToken);
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
        var addedContacts = new List<Contact>();
        foreach (var entry in db.ChangeTracker.Entries<Contact>())
        {
            if (entry.State == EntityState.Added)
            {
                // Its id is known only after the save.
                addedContacts.Add(entry.Entity);
            }
            else if (entry.State == EntityState.Modified && LedgerFields.Any(f => entry.Property(f).IsModified))
            {
                known.Add(entry.Entity.Id);
            }
        }

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

        return known.Count + saved.Count + addedContacts.Count == 0 ? null : new Pending(known, saved, addedContacts, null);
    }

    private sealed record Pending(HashSet<int> Known, List<Interaction> Saved, List<Contact> AddedContacts, IDbContextTransaction? Transaction)
    {
        public HashSet<int> ContactIds() => [.. Known, .. Saved.Select(i => i.ContactId), .. AddedContacts.Select(c => c.Id)];
    }
}
