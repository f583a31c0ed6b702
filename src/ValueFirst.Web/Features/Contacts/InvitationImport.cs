using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Time;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// Invitations.csv into the contact book. An incoming invitation from someone unknown (or a target) becomes a pending
/// contact to vet, with their note kept and the personal-note signal ticked when there is one; an outgoing one marks
/// the person invited with the day it was sent, and sets a follow-up two weeks later unless one is set. People already
/// connected keep their state. Matched by profile URL, else by a name only one contact has.
/// </summary>
internal static class InvitationImport
{
    /// <summary>Days after an invitation is sent that the weekly hour follows up on it.</summary>
    public const int FollowUpAfterDays = 14;

    public static async Task WriteAsync(ImportRun run, ImportFile<LinkedInInvitation> file, CancellationToken ct)
    {
        run.Skipped.AddRange(file.Problems);
        var db = run.Db;
        var createdByKey = new Dictionary<string, Contact>(StringComparer.Ordinal);
        foreach (var batch in file.Rows.OrderBy(i => i.SentUtc ?? DateTime.MinValue).ThenBy(i => i.LineNumber).Chunk(ContactImportService.BatchSize))
        {
            ct.ThrowIfCancellationRequested();
            var matches = batch.Select(i => (Row: i, Id: i.ProfileUrl is { } url ? run.Index.ByUrl(url) : run.Index.ByName(i.Name))).ToList();
            var ids = matches.Where(m => m.Id is not null).Select(m => m.Id!.Value).Distinct().ToList();
            var loaded = await db.Set<Contact>().Where(c => c.OwnerId == run.OwnerId && ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
            var created = new List<Contact>();
            foreach (var (row, id) in matches)
            {
                var key = row.ProfileUrl ?? "name:" + row.Name.ToLowerInvariant();
                if (id is { } existingId && loaded.TryGetValue(existingId, out var contact))
                {
                    Apply(run, contact, row);
                    run.CountMatched(contact);
                }
                else if (createdByKey.TryGetValue(key, out var earlier))
                {
                    if (db.Entry(earlier).State == EntityState.Detached && earlier.Id != 0)
                    {
                        // Added with an earlier batch, whose entities were let go: tracked again, this row's changes are saved.
                        db.Attach(earlier);
                    }

                    Apply(run, earlier, row);
                }
                else
                {
                    contact = new Contact
                    {
                        OwnerId = run.OwnerId,
                        Name = row.Name.Length <= 200 ? row.Name : row.Name[..200],
                        ProfileUrl = row.ProfileUrl,
                        State = row.Direction == InvitationDirection.Incoming ? ConnectionState.Pending : ConnectionState.Invited,
                        CreatedUtc = run.NowUtc,
                        UpdatedUtc = run.NowUtc,
                    };
                    Apply(run, contact, row);
                    ContactFit.Rescore(contact, run.Terms);
                    created.Add(contact);
                    createdByKey[key] = contact;
                    run.Added++;
                }

                if (row.Direction == InvitationDirection.Incoming)
                {
                    run.Record.IncomingInvitations++;
                }
                else
                {
                    run.Record.OutgoingInvitations++;
                }
            }

            await db.SaveChangesAsync(ct);
            await run.AddContactsAsync(created, ct);
            foreach (var contact in created)
            {
                run.Index.Add(contact.Id, contact.ProfileUrl, contact.Name, contact.Company, contact.Email);
            }

            db.ChangeTracker.Clear();
            run.Progressed(batch.Length);
        }
    }

    private static void Apply(ImportRun run, Contact contact, LinkedInInvitation row)
    {
        var sentOn = row.SentUtc is { } sent ? DateOnly.FromDateTime(sent) : (DateOnly?)null;
        if (row.Direction == InvitationDirection.Incoming)
        {
            if (contact.State == ConnectionState.Target)
            {
                contact.State = ConnectionState.Pending;
            }

            if (contact.State == ConnectionState.Pending && !string.IsNullOrWhiteSpace(row.Message))
            {
                contact.InvitationMessage = row.Message.Length <= 2000 ? row.Message : row.Message[..2000];
                // A note is what the rules count as a signal for, until the user has vetted and said otherwise.
                if (contact.VettedUtc is null)
                {
                    contact.VettingSignals |= VettingSignals.PersonalNote;
                }
            }

            return;
        }

        if (contact.State == ConnectionState.Target)
        {
            contact.State = ConnectionState.Invited;
        }

        if (sentOn is { } on && (contact.InvitedOn is null || contact.InvitedOn < on))
        {
            contact.InvitedOn = on;
        }

        if (contact.State == ConnectionState.Invited && contact.FollowUpOn is null && contact.InvitedOn is { } invited
            && LocalDays.Between(invited, run.Today) <= 90)
        {
            contact.FollowUpOn = invited.AddDays(FollowUpAfterDays);
            run.FollowUpsSet++;
        }
    }
}
