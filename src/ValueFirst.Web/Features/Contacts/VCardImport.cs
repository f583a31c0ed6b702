using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// A .vcf file into the contact book, like the CSV: a card updates the contact with its LinkedIn profile URL, else its
/// email, else its name and company; blanks and hand-edited fields are never overwritten; categories are added to the
/// tags, a note fills an empty note. A new person is added as a target (a card does not say whether you are connected
/// on LinkedIn). A second card for the same person in the file is listed, not imported.
/// </summary>
internal static class VCardImport
{
    public static async Task WriteAsync(ImportRun run, ImportFile<VCardContact> file, CancellationToken ct)
    {
        run.Skipped.AddRange(file.Problems);
        var db = run.Db;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var batch in file.Rows.Chunk(ContactImportService.BatchSize))
        {
            ct.ThrowIfCancellationRequested();
            var plan = new List<(VCardContact Card, int? Id)>();
            foreach (var card in batch)
            {
                var keys = Keys(card).ToList();
                if (keys.Select(k => seen.TryGetValue(k, out var line) ? line : (int?)null).FirstOrDefault(l => l is not null) is { } first)
                {
                    run.Skipped.Add(new ImportProblem(card.LineNumber, $"The same person as the card on line {first}; only the first was imported.", file.Name));
                    continue;
                }

                keys.ForEach(k => seen[k] = card.LineNumber);
                plan.Add((card, run.Index.ByUrl(card.LinkedInUrl) ?? card.Emails.Select(run.Index.ByEmail).FirstOrDefault(id => id is not null)
                    ?? run.Index.ByNameAndCompany(card.Name, card.Organization)));
            }

            var ids = plan.Where(p => p.Id is not null).Select(p => p.Id!.Value).ToList();
            var loaded = await db.Set<Contact>().Where(c => c.OwnerId == run.OwnerId && ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
            var created = new List<Contact>();
            foreach (var (card, id) in plan)
            {
                if (id is { } existing && loaded.TryGetValue(existing, out var contact))
                {
                    Merge(contact, card);
                    ContactFit.Rescore(contact, run.Terms);
                    run.CountMatched(contact);
                }
                else
                {
                    contact = new Contact { OwnerId = run.OwnerId, Name = Clip(card.Name, 200), State = Core.Contacts.ConnectionState.Target, CreatedUtc = run.NowUtc, UpdatedUtc = run.NowUtc };
                    Merge(contact, card);
                    ContactFit.Rescore(contact, run.Terms);
                    db.Add(contact);
                    created.Add(contact);
                    run.Added++;
                }
            }

            await db.SaveChangesAsync(ct);
            foreach (var contact in created)
            {
                run.Index.Add(contact.Id, contact.ProfileUrl, contact.Name, contact.Company, contact.Email);
            }

            db.ChangeTracker.Clear();
            run.Progressed(batch.Length);
        }
    }

    private static IEnumerable<string> Keys(VCardContact card)
    {
        if (card.LinkedInUrl is { } url)
        {
            yield return "url:" + url;
        }

        foreach (var email in card.Emails.Select(ContactKeys.Email).OfType<string>())
        {
            yield return "email:" + email;
        }

        yield return "name:" + ContactKeys.NameAndCompany(card.Name, card.Organization);
    }

    private static void Merge(Contact contact, VCardContact card)
    {
        var locked = contact.HandEdited;
        if (!locked.HasFlag(ContactFields.Name) && card.Name.Length > 0)
        {
            contact.Name = Clip(card.Name, 200);
        }

        if (!locked.HasFlag(ContactFields.ProfileUrl) && contact.ProfileUrl is null && card.LinkedInUrl is { } url && url.Length <= 500)
        {
            contact.ProfileUrl = url;
        }

        if (!locked.HasFlag(ContactFields.Email) && card.Emails.FirstOrDefault() is { Length: <= 254 } email
            && !card.Emails.Contains(contact.Email ?? "", StringComparer.OrdinalIgnoreCase))
        {
            contact.Email = email;
        }

        if (!locked.HasFlag(ContactFields.Company) && card.Organization is { } company)
        {
            contact.Company = Clip(company, 200);
        }

        if (!locked.HasFlag(ContactFields.Position) && card.Title is { } title)
        {
            contact.Position = Clip(title, 200);
        }

        if (card.Categories.Count > 0)
        {
            var tags = ContactForm.NormalizeTags(string.Join(", ", contact.Tags.Split(';', StringSplitOptions.RemoveEmptyEntries).Concat(card.Categories)));
            contact.Tags = tags.Length <= 1000 ? tags : contact.Tags;
        }

        if (string.IsNullOrWhiteSpace(contact.Notes) && card.Note is { } note)
        {
            contact.Notes = Clip(note, 4000);
        }
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
