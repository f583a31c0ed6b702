using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// Writes what an upload of LinkedIn's export holds for the contact book, in the caller's unit of work (one
/// transaction for the whole upload): Connections.csv, then Invitations.csv, then messages.csv, each batch by batch
/// with progress, and records the import with what changed since the last one. A connection updates the contact
/// with the same normalised profile URL, or — when the row has no URL, or no contact has it yet — the contact with
/// the same name and company; otherwise it adds one. Blanks never overwrite a value, fields edited by hand are never
/// overwritten, and keys of merged-away contacts lead to the contact they were merged into.
/// </summary>
public sealed class ContactImportService(
    IdealClientProfileService profiles, UserClock userClock, IEnumerable<IContactsAddedListener> addedListeners, ILogger<ContactImportService> logger)
{
    /// <summary>Rows written (and progress reported) per batch.</summary>
    public const int BatchSize = 500;

    /// <summary>Names kept per kind of change in one import's report (counts are kept in full).</summary>
    public const int MaxChangesKept = 200;

    public async Task<ContactImportResult> WriteAsync(
        ApplicationDbContext db, string ownerId, LinkedInExport export, int postsAdded, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        ArgumentNullException.ThrowIfNull(export);
        var connections = export.Connections is { Error: null } c ? c : null;
        var invitations = export.Invitations is { Error: null } i ? i : null;
        var messages = export.Messages is { Error: null } m ? m : null;
        var total = (connections?.Connections.Count ?? 0) + (invitations?.Rows.Count ?? 0) + (messages?.Rows.Count ?? 0);
        var run = await StartAsync(db, ownerId, string.Join(", ", export.FileNames), progress, total, cancellationToken);
        run.Record.Posts = postsAdded;
        run.Notes.AddRange(export.FileErrors);
        if (connections is not null)
        {
            await WriteConnectionsAsync(run, connections, cancellationToken);
        }

        if (invitations is not null)
        {
            await InvitationImport.WriteAsync(run, invitations, cancellationToken);
        }

        if (messages is not null)
        {
            await MessageImport.WriteAsync(run, messages, cancellationToken);
        }

        return await FinishAsync(run, cancellationToken);
    }

    /// <summary>Writes the cards of a .vcf file, matched like the CSV (profile URL, email, then name and company), in the caller's unit of work.</summary>
    public async Task<ContactImportResult> WriteCardsAsync(
        ApplicationDbContext db, string ownerId, ImportFile<VCardContact> cards, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cards);
        var run = await StartAsync(db, ownerId, cards.Name, progress, cards.Rows.Count, cancellationToken);
        await VCardImport.WriteAsync(run, cards, cancellationToken);
        return await FinishAsync(run, cancellationToken);
    }

    private async Task<ImportRun> StartAsync(
        ApplicationDbContext db, string ownerId, string files, IProgress<ImportProgress>? progress, int total, CancellationToken cancellationToken)
    {
        var terms = await profiles.GetTermsAsync(db, ownerId, cancellationToken);
        var now = await userClock.NowAsync(db, ownerId, cancellationToken);
        var record = new ContactImport { OwnerId = ownerId, ImportedUtc = now.Instant.UtcDateTime, Files = files.Length <= 300 ? files : files[..300] };
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        var index = await ContactIndex.LoadAsync(db, ownerId, cancellationToken);
        progress?.Report(new ImportProgress(0, total));
        return new ImportRun(db, ownerId, now, terms, index, record, progress, total, addedListeners);
    }

    private async Task<ContactImportResult> FinishAsync(ImportRun run, CancellationToken cancellationToken)
    {
        var record = run.Record;
        record.Added = run.Added;
        record.Updated = run.Updated;
        record.Unchanged = run.Unchanged;
        record.Skipped = run.Skipped.Count;
        run.Db.ChangeTracker.Clear();
        run.Db.Update(record);
        await run.Db.SaveChangesAsync(cancellationToken);
        run.Db.ChangeTracker.Clear();
        if (run.FollowUpsSet > 0)
        {
            run.Notes.Add($"{run.FollowUpsSet:N0} follow-ups set for this week's connecting hour: invitations unanswered for {InvitationImport.FollowUpAfterDays} days and messages that wait for your reply.");
        }

        // Counts only: names and message text are private.
        logger.LogInformation(
            "Imported {Files}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Skipped} skipped, {Invitations} invitations, {Messages} messages",
            record.Files, run.Added, run.Updated, run.Unchanged, run.Skipped.Count, record.IncomingInvitations + record.OutgoingInvitations, record.Messages);
        return new ContactImportResult(run.Added, run.Updated, run.Skipped.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.LineNumber).ToList(), run.Notes)
        {
            Unchanged = run.Unchanged,
            Import = new ImportSummary(record),
        };
    }

    private static async Task WriteConnectionsAsync(ImportRun run, ConnectionsFile file, CancellationToken cancellationToken)
    {
        var db = run.Db;
        var ownerId = run.OwnerId;
        run.Record.FirstConnections = !await db.Set<Contact>().AnyAsync(c => c.OwnerId == ownerId && c.LastSeenInExportUtc != null, cancellationToken);
        run.Skipped.AddRange(file.Problems);
        var seenUrls = new Dictionary<string, int>();
        var seenNames = new Dictionary<string, int>();
        var matchedByName = 0;
        foreach (var batch in file.Connections.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var plan = new List<(LinkedInConnection Row, int? ExistingId, bool MergedAway)>();
            foreach (var row in batch)
            {
                var nameKey = ContactKeys.NameAndCompany(row.Name, row.Company);
                if (row.ProfileUrl is not null && seenUrls.TryGetValue(row.ProfileUrl, out var firstLine))
                {
                    run.Skipped.Add(new ImportProblem(row.LineNumber, $"Same profile URL as line {firstLine}; only the first was imported.", LinkedInExportReader.ConnectionsFileName));
                    continue;
                }

                if (row.ProfileUrl is null && seenNames.TryGetValue(nameKey, out var firstNameLine))
                {
                    run.Skipped.Add(new ImportProblem(row.LineNumber, $"Same name and company as line {firstNameLine} and no URL to tell them apart; only the first was imported.", LinkedInExportReader.ConnectionsFileName));
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

                var id = run.Index.ByUrl(row.ProfileUrl);
                if (id is null && run.Index.TakeByNameAndCompanyWithoutUrl(row.Name, row.Company) is { } nameId)
                {
                    id = nameId;
                    matchedByName++;
                }

                plan.Add((row, id, run.Index.IsMergedAway(row.ProfileUrl)));
            }

            var ids = plan.Where(p => p.ExistingId is not null).Select(p => p.ExistingId!.Value).ToList();
            var loaded = await db.Set<Contact>()
                .Where(c => c.OwnerId == ownerId && ids.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, cancellationToken);

            var newContacts = new List<Contact>();
            foreach (var (row, id, mergedAway) in plan)
            {
                if (id is { } existingId && loaded.TryGetValue(existingId, out var contact))
                {
                    var wasConnected = contact.State == ConnectionState.Connected;
                    var before = ImportRun.RoleOf(contact.Position, contact.Company);
                    var (changed, newRole) = Merge(contact, row, run.Today, fillBlanksOnly: mergedAway);
                    if (newRole)
                    {
                        run.Change(ImportChangeKind.RoleChanged, contact.Id, contact.Name, before, ImportRun.RoleOf(contact.Position, contact.Company));
                        run.Record.RoleChanges++;
                    }

                    if (!wasConnected)
                    {
                        run.Change(ImportChangeKind.NewConnection, contact.Id, contact.Name, after: ImportRun.RoleOf(contact.Position, contact.Company));
                        run.Record.NewConnections++;
                    }

                    run.CountMatched(contact, changed);
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
                        CreatedUtc = run.NowUtc,
                        UpdatedUtc = run.NowUtc,
                    };
                    newContacts.Add(contact);
                    run.Added++;
                    run.Record.NewConnections++;
                }

                contact.LastSeenInExportUtc = run.NowUtc;
                ContactFit.Rescore(contact, run.Terms);
            }

            await db.SaveChangesAsync(cancellationToken);
            await run.AddContactsAsync(newContacts, cancellationToken);
            foreach (var contact in newContacts)
            {
                run.Index.Add(contact.Id, contact.ProfileUrl, contact.Name, contact.Company, contact.Email);
                if (!run.Record.FirstConnections)
                {
                    run.Change(ImportChangeKind.NewConnection, contact.Id, contact.Name, after: ImportRun.RoleOf(contact.Position, contact.Company));
                }
            }

            db.ChangeTracker.Clear();
            run.Progressed(batch.Length);
        }

        if (!run.Record.FirstConnections)
        {
            await ReportDisappearedAsync(run, cancellationToken);
        }

        Notes(run, file, matchedByName);
    }

    // Connected contacts an earlier export listed and this one does not: reported once, then no longer tracked.
    private static async Task ReportDisappearedAsync(ImportRun run, CancellationToken cancellationToken)
    {
        var now = run.NowUtc;
        var gone = run.Db.Set<Contact>().Where(c => c.OwnerId == run.OwnerId && c.State == ConnectionState.Connected
            && c.LastSeenInExportUtc != null && c.LastSeenInExportUtc < now);
        foreach (var c in await gone.OrderBy(c => c.Name).Take(MaxChangesKept).Select(c => new { c.Id, c.Name, c.Position, c.Company }).ToListAsync(cancellationToken))
        {
            run.Change(ImportChangeKind.Disappeared, c.Id, c.Name, ImportRun.RoleOf(c.Position, c.Company));
        }

        run.Record.Disappeared = await gone.ExecuteUpdateAsync(set => set.SetProperty(c => c.LastSeenInExportUtc, (DateTime?)null), cancellationToken);
    }

    // Blanks never overwrite, hand edits always win; a connection in the export is connected. A new company or
    // position on a known contact is a new role: a reason to congratulate them. A row of a contact merged into this
    // one only fills its blanks: the merge chose the values. Changed is false when the row matches what is stored
    // (the import counts it as unchanged).
    private static (bool Changed, bool NewRole) Merge(Contact contact, LinkedInConnection row, DateOnly today, bool fillBlanksOnly)
    {
        var newRole = !fillBlanksOnly
            && ((Changed(contact.Company, row.Company) && !contact.HandEdited.HasFlag(ContactFields.Company))
                || (Changed(contact.Position, row.Position) && !contact.HandEdited.HasFlag(ContactFields.Position)));
        if (newRole)
        {
            contact.RoleChangedOn = today;
        }

        var locked = contact.HandEdited | (fillBlanksOnly ? FilledFields(contact) : ContactFields.None);
        var changed = newRole;
        if (!locked.HasFlag(ContactFields.Name) && row.Name.Length > 0 && contact.Name != row.Name)
        {
            contact.Name = row.Name;
            changed = true;
        }

        // A contact matched through a merged-away contact's URL keeps its own.
        if (!locked.HasFlag(ContactFields.ProfileUrl) && contact.ProfileUrl is null && row.ProfileUrl is not null)
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

        return (changed, newRole);
    }

    private static ContactFields FilledFields(Contact c) =>
        ContactFields.Name
        | (c.Email is not null ? ContactFields.Email : 0)
        | (c.Company is not null ? ContactFields.Company : 0)
        | (c.Position is not null ? ContactFields.Position : 0)
        | (c.ConnectedOn is not null ? ContactFields.ConnectedOn : 0);

    private static bool Changed(string? known, string? imported) =>
        !string.IsNullOrWhiteSpace(known) && !string.IsNullOrWhiteSpace(imported)
        && !string.Equals(known.Trim(), imported.Trim(), StringComparison.OrdinalIgnoreCase);

    private static void Notes(ImportRun run, ConnectionsFile file, int matchedByName)
    {
        if (!file.HasUrlColumn)
        {
            run.Notes.Add("This file has no URL column (an older export), so contacts were matched by name and company.");
        }
        else if (matchedByName > 0)
        {
            run.Notes.Add($"{matchedByName:N0} rows were matched to an existing contact without a profile URL by name and company.");
        }

        var missing = file.MissingColumns.Where(c => c != ConnectionsCsvReader.UrlColumn).ToList();
        if (missing.Count > 0)
        {
            run.Notes.Add($"The file has no {string.Join(", ", missing)} column{(missing.Count > 1 ? "s" : "")}; those fields were left as they were.");
        }
    }
}
