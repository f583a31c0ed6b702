using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ValueFirst.Core.Contacts;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Infrastructure;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// Imports LinkedIn's Connections.csv (or the export's ZIP) into one owner's contacts, all or
/// nothing in one transaction. A row updates the contact with the same normalised profile URL, or — when
/// the row has no URL, or no contact has it yet — the contact with the same name and company; otherwise it
/// adds one. Blanks never overwrite a value, and fields the user edited by hand are never overwritten.
/// </summary>
public sealed class ContactImportService(
    IDbContextFactory<ApplicationDbContext> dbFactory,
    IdealClientProfileService profiles,
    UserClock userClock,
    IOptions<ContactsOptions> options,
    ILogger<ContactImportService> logger)
{
    /// <summary>Rows written (and progress reported) per batch.</summary>
    public const int BatchSize = 500;

    public async Task<ContactImportResult> ImportAsync(string ownerId, Stream upload, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        ArgumentNullException.ThrowIfNull(upload);
        var limits = options.Value;

        // Browser uploads are async-only streams; CsvHelper reads synchronously, so buffer first (size is capped).
        using var buffer = new MemoryStream();
        var tooLarge = await CopyAtMostAsync(upload, buffer, limits.MaxUploadBytes, cancellationToken);
        if (tooLarge)
        {
            return ContactImportResult.Failed($"The file is larger than {ByteSize.Format(limits.MaxUploadBytes)}, the most one upload takes; nothing was imported. Split the CSV and import the parts one after another.");
        }

        buffer.Position = 0;
        var file = await Task.Run(() => ConnectionsCsvReader.Read(buffer, limits.MaxImportRows, limits.MaxUploadBytes), cancellationToken);
        if (file.Error is not null)
        {
            return ContactImportResult.Failed(file.Error);
        }

        try
        {
            return await WriteAsync(ownerId, file, progress, cancellationToken);
        }
        catch (Exception e) when (e is OperationCanceledException or DbUpdateException || DatabaseBusy.IsBusy(e))
        {
            // One transaction: whatever batches were written before the failure are rolled back with it.
            logger.LogWarning(e, "Contact import failed and was rolled back");
            return ContactImportResult.Failed(e switch
            {
                OperationCanceledException => "The import was stopped; nothing was imported.",
                _ when DatabaseBusy.IsBusy(e) => $"{DatabaseBusy.Message} Nothing was imported.",
                _ => "The import could not be saved; nothing was imported. Try again, and if it fails again, report it.",
            });
        }
    }

    private async Task<ContactImportResult> WriteAsync(string ownerId, ConnectionsFile file, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var terms = await profiles.GetTermsAsync(db, ownerId, cancellationToken);
        var userNow = await userClock.NowAsync(db, ownerId, cancellationToken);
        var now = userNow.Instant.UtcDateTime;

        // Only the matching keys of existing contacts are held in memory; entities are loaded per batch.
        var existing = await db.Set<Contact>().AsNoTracking()
            .Where(c => c.OwnerId == ownerId)
            .Select(c => new { c.Id, c.ProfileUrl, c.Name, c.Company })
            .ToListAsync(cancellationToken);
        var byUrl = existing.Where(c => c.ProfileUrl is not null).ToDictionary(c => c.ProfileUrl!, c => c.Id);
        var byNameAndCompany = new Dictionary<string, int>();
        foreach (var c in existing.Where(c => c.ProfileUrl is null))
        {
            byNameAndCompany.TryAdd(NameCompanyKey(c.Name, c.Company), c.Id);
        }

        var skipped = file.Problems.ToList();
        var seenUrls = new Dictionary<string, int>();
        var seenNames = new Dictionary<string, int>();
        int added = 0, updated = 0, unchanged = 0, done = 0, matchedByName = 0;
        var total = file.Connections.Count;
        progress?.Report(new ImportProgress(0, total));

        foreach (var batch in file.Connections.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var plan = new List<(LinkedInConnection Row, int? ExistingId)>();
            foreach (var row in batch)
            {
                var nameKey = NameCompanyKey(row.Name, row.Company);
                if (row.ProfileUrl is not null && seenUrls.TryGetValue(row.ProfileUrl, out var firstLine))
                {
                    skipped.Add(new ImportProblem(row.LineNumber, $"Same profile URL as line {firstLine}; only the first was imported."));
                    continue;
                }

                if (row.ProfileUrl is null && seenNames.TryGetValue(nameKey, out var firstNameLine))
                {
                    skipped.Add(new ImportProblem(row.LineNumber, $"Same name and company as line {firstNameLine} and no URL to tell them apart; only the first was imported."));
                    continue;
                }

                if (row.ProfileUrl is not null)
                {
                    seenUrls[row.ProfileUrl] = row.LineNumber;
                }
                else
                {
                    seenNames[nameKey] = row.LineNumber;
                }

                int? id = null;
                if (row.ProfileUrl is not null && byUrl.TryGetValue(row.ProfileUrl, out var urlId))
                {
                    id = urlId;
                }
                else if (byNameAndCompany.Remove(nameKey, out var nameId))
                {
                    // Removed so a second row cannot claim the same contact.
                    id = nameId;
                    matchedByName++;
                }

                plan.Add((row, id));
            }

            var ids = plan.Where(p => p.ExistingId is not null).Select(p => p.ExistingId!.Value).ToList();
            var loaded = await db.Set<Contact>()
                .Where(c => c.OwnerId == ownerId && ids.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, cancellationToken);

            var newContacts = new List<Contact>();
            foreach (var (row, id) in plan)
            {
                if (id is { } existingId && loaded.TryGetValue(existingId, out var contact))
                {
                    if (Merge(contact, row, userNow.Today))
                    {
                        contact.UpdatedUtc = now;
                        updated++;
                    }
                    else
                    {
                        unchanged++;
                    }
                }
                else
                {
                    contact = new Contact
                    {
                        OwnerId = ownerId,
                        Name = row.Name,
                        ProfileUrl = row.ProfileUrl,
                        Email = row.Email,
                        Company = row.Company,
                        Position = row.Position,
                        ConnectedOn = row.ConnectedOn,
                        State = ConnectionState.Connected,
                        CreatedUtc = now,
                        UpdatedUtc = now,
                    };
                    db.Add(contact);
                    newContacts.Add(contact);
                    added++;
                }

                ContactFit.Rescore(contact, terms);
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var contact in newContacts.Where(c => c.ProfileUrl is not null))
            {
                byUrl[contact.ProfileUrl!] = contact.Id;
            }

            db.ChangeTracker.Clear();
            done += batch.Length;
            progress?.Report(new ImportProgress(done, total));
        }

        await transaction.CommitAsync(cancellationToken);
        var notes = Notes(file, matchedByName);
        logger.LogInformation("Imported contacts: {Added} added, {Updated} updated, {Unchanged} unchanged, {Skipped} skipped", added, updated, unchanged, skipped.Count);
        return new ContactImportResult(added, updated, skipped.OrderBy(p => p.LineNumber).ToList(), notes) { Unchanged = unchanged };
    }

    // Blanks never overwrite, hand edits always win; a connection in the export is connected. A new company or
    // position on a known contact is a new role: a reason to congratulate them.
    // True when the row changed anything: a row that matches what is stored counts as unchanged.
    private static bool Merge(Contact contact, LinkedInConnection row, DateOnly today)
    {
        if ((Changed(contact.Company, row.Company) && !contact.HandEdited.HasFlag(ContactFields.Company))
            || (Changed(contact.Position, row.Position) && !contact.HandEdited.HasFlag(ContactFields.Position)))
        {
            contact.RoleChangedOn = today;
        }

        var locked = contact.HandEdited;
        var changed = false;
        if (!locked.HasFlag(ContactFields.Name) && row.Name.Length > 0 && contact.Name != row.Name)
        {
            contact.Name = row.Name;
            changed = true;
        }

        if (!locked.HasFlag(ContactFields.ProfileUrl) && row.ProfileUrl is not null && contact.ProfileUrl != row.ProfileUrl)
        {
            contact.ProfileUrl = row.ProfileUrl;
            changed = true;
        }

        if (!locked.HasFlag(ContactFields.Email) && row.Email is not null && contact.Email != row.Email)
        {
            contact.Email = row.Email;
            changed = true;
        }

        if (!locked.HasFlag(ContactFields.Company) && row.Company is not null && contact.Company != row.Company)
        {
            contact.Company = row.Company;
            changed = true;
        }

        if (!locked.HasFlag(ContactFields.Position) && row.Position is not null && contact.Position != row.Position)
        {
            contact.Position = row.Position;
            changed = true;
        }

        if (!locked.HasFlag(ContactFields.ConnectedOn) && row.ConnectedOn is not null && contact.ConnectedOn != row.ConnectedOn)
        {
            contact.ConnectedOn = row.ConnectedOn;
            changed = true;
        }

        if (contact.State is ConnectionState.Target or ConnectionState.Invited or ConnectionState.Pending)
        {
            contact.State = ConnectionState.Connected;
            changed = true;
        }

        return changed;
    }

    private static bool Changed(string? known, string? imported) =>
        !string.IsNullOrWhiteSpace(known) && !string.IsNullOrWhiteSpace(imported)
        && !string.Equals(known.Trim(), imported.Trim(), StringComparison.OrdinalIgnoreCase);

    private static List<string> Notes(ConnectionsFile file, int matchedByName)
    {
        var notes = new List<string>();
        if (!file.HasUrlColumn)
        {
            notes.Add("This file has no URL column (an older export), so contacts were matched by name and company.");
        }
        else if (matchedByName > 0)
        {
            notes.Add($"{matchedByName:N0} rows were matched to an existing contact without a profile URL by name and company.");
        }

        var missing = file.MissingColumns.Where(c => c != ConnectionsCsvReader.UrlColumn).ToList();
        if (missing.Count > 0)
        {
            notes.Add($"The file has no {string.Join(", ", missing)} column{(missing.Count > 1 ? "s" : "")}; those fields were left as they were.");
        }

        return notes;
    }

    private static string NameCompanyKey(string name, string? company) =>
        $"{name.Trim().ToLowerInvariant()}\u001f{company?.Trim().ToLowerInvariant()}";

    private static async Task<bool> CopyAtMostAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit)
            {
                return true;
            }

            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }

        return false;
    }
}
