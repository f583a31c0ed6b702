using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>What one import's parts share while it runs: the caller's context, the owner's clock and keys, and the tallies.</summary>
internal sealed class ImportRun(
    ApplicationDbContext db, string ownerId, Core.Time.UserNow now, IdealClientProfileTerms terms, ContactIndex index, ContactImport record,
    IProgress<ImportProgress>? progress, int total, IEnumerable<IContactsAddedListener> addedListeners)
{
    private int done;

    public ApplicationDbContext Db { get; } = db;

    public string OwnerId { get; } = ownerId;

    public DateTime NowUtc { get; } = now.Instant.UtcDateTime;

    public DateOnly Today { get; } = now.Today;

    public IdealClientProfileTerms Terms { get; } = terms;

    public ContactIndex Index { get; } = index;

    public ContactImport Record { get; } = record;

    public List<ImportProblem> Skipped { get; } = [];

    public List<string> Notes { get; } = [];

    public int Added { get; set; }

    public int Updated { get; set; }

    /// <summary>Rows that matched a contact already holding the same values.</summary>
    public int Unchanged { get; set; }

    public int FollowUpsSet { get; set; }

    public void Change(ImportChangeKind kind, int? contactId, string name, string? before = null, string? after = null)
    {
        // Counts are kept in full; the names only up to a page's worth (a first import lists everyone as new).
        if (Record.Changes.Count(c => c.Kind == kind) < ContactImportService.MaxChangesKept)
        {
            Record.Changes.Add(new ContactImportChange
            {
                ImportId = Record.Id, ContactId = contactId, Kind = kind, Name = Clip(name, 200), Before = Clip(before, 420), After = Clip(after, 420),
            });
        }
    }

    /// <summary>
    /// Counts a matched contact, after the import applied its row, as updated (and stamps it) when that changed any of
    /// its values, else as unchanged: importing the same file again reports nothing updated.
    /// </summary>
    public void CountMatched(Contact contact)
    {
        var entry = Db.Entry(contact);
        entry.DetectChanges();
        CountMatched(contact, changed: entry.State == EntityState.Modified);
    }

    /// <summary>Counts a matched contact as updated (and stamps it) when <paramref name="changed"/>, else as unchanged.</summary>
    public void CountMatched(Contact contact, bool changed)
    {
        if (changed)
        {
            contact.UpdatedUtc = NowUtc;
            Updated++;
        }
        else
        {
            Unchanged++;
        }
    }

    /// <summary>
    /// Inserts new contacts through one prepared INSERT (a first import adds thousands, and EF Core's batches were
    /// compiled statement by statement), then lets the features that keep rows per contact write theirs, as they do
    /// for contacts added through SaveChanges.
    /// </summary>
    public async Task AddContactsAsync(List<Contact> contacts, CancellationToken ct)
    {
        await PreparedInsert.InsertAsync(Db, contacts, ct);
        var ids = contacts.ConvertAll(c => c.Id);
        foreach (var listener in addedListeners)
        {
            await listener.ContactsAddedAsync(Db, ids, ct);
        }
    }

    public void Progressed(int rows)
    {
        done += rows;
        progress?.Report(new ImportProgress(done, total));
    }

    public static string? RoleOf(string? position, string? company) =>
        (position, company) switch
        {
            (null, null) => null,
            ({ } p, null) => p,
            (null, { } c) => c,
            ({ } p, { } c) => $"{p} at {c}",
        };

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
