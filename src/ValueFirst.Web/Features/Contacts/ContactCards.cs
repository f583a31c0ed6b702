using System.Text;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>One owner's contacts as vCard 4.0 cards: one contact, or the whole book for a phone or another address book.</summary>
public sealed class ContactCards(IDbContextFactory<ApplicationDbContext> dbFactory)
{
    /// <summary>Writes every contact of the owner, by name, read in batches.</summary>
    public async Task WriteAllAsync(string ownerId, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        var lastId = 0;
        while (true)
        {
            var batch = await db.Set<Contact>().AsNoTracking().Where(c => c.OwnerId == ownerId && c.Id > lastId).OrderBy(c => c.Id).Take(500).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            await writer.WriteAsync(VCardWriter.Write(batch.Select(Card)));
            lastId = batch[^1].Id;
        }
    }

    /// <summary>The card of one contact with its name for the file; null when the contact is missing or another user's.</summary>
    public async Task<(string Name, string Card)?> GetAsync(string ownerId, int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contact = await db.Set<Contact>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.OwnerId == ownerId, ct);
        return contact is null ? null : (contact.Name, VCardWriter.Write([Card(contact)]));
    }

    public static VCardContact Card(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return new VCardContact(
            0, contact.Name, null, null, contact.Email is { } email ? [email] : [], contact.Company, contact.Position,
            contact.ProfileUrl is { } url ? [url] : [], contact.Tags.Split(';', StringSplitOptions.RemoveEmptyEntries), contact.Notes);
    }
}
