using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Contacts;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Tests.Contacts;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Imports;

public sealed class VCardImportTests : IDisposable
{
    private readonly TestApp app = new();

    [Fact]
    public async Task Exported_cards_import_into_another_book_with_the_same_fields_and_a_second_import_adds_nothing()
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, "source@example.com");
        var source = await ContactsTestUsers.UserIdAsync(app, "source@example.com");
        var target = await ContactsTestUsers.CreateUserAsync(app, "target@example.com");
        await app.ImportAsync(source, ExportWorld.Connections().BuildBytes());
        var ana = await ExportWorld.ContactAsync(app, source, ExportWorld.AnaUrl);
        await app.AsUserAsync(source, async sp =>
        {
            var book = sp.GetRequiredService<ContactBook>();
            var form = (await book.GetFormAsync(source, ana.Id))!;
            form.Tags = "fintech, speaker";
            form.Notes = "Met in Lisbon; ask about the \"café\" idea,\nnext time.";
            return await book.UpdateAsync(source, ana.Id, form);
        });

        var response = await client.GetAsync("/contacts/export.vcf");
        var vcf = await response.Content.ReadAsByteArrayAsync();
        var first = await app.ImportAsync(target, vcf);
        var second = await app.ImportAsync(target, vcf);

        Assert.Equal("text/vcard", response.Content.Headers.ContentType!.MediaType);
        Assert.True(first.Succeeded, first.Error);
        Assert.Equal((5, 0), (first.Added, first.Updated));
        // The same file again: every card matches a contact already holding its values.
        Assert.Equal((0, 0, 5), (second.Added, second.Updated, second.Unchanged));
        var sourceContacts = (await app.ContactsOfAsync(source)).OrderBy(c => c.Name).ToList();
        var copied = (await app.ContactsOfAsync(target)).OrderBy(c => c.Name).ToList();
        Assert.Equal(
            sourceContacts.Select(c => (c.Name, c.Email, c.Company, c.Position, c.ProfileUrl, c.Tags, c.Notes)),
            copied.Select(c => (c.Name, c.Email, c.Company, c.Position, c.ProfileUrl, c.Tags, c.Notes)));
        Assert.All(copied, c => Assert.Equal(ConnectionState.Target, c.State));
    }

    [Fact]
    public async Task One_contacts_card_downloads_and_another_users_id_answers_404()
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, "one@example.com");
        var owner = await ContactsTestUsers.UserIdAsync(app, "one@example.com");
        var other = await ContactsTestUsers.CreateUserAsync(app, "two@example.com");
        await app.ImportAsync(owner, ExportWorld.Connections().BuildBytes());
        await app.ImportAsync(other, ExportWorld.Connections().BuildBytes());
        var mine = await ExportWorld.ContactAsync(app, owner, ExportWorld.AnaUrl);
        var theirs = await ExportWorld.ContactAsync(app, other, ExportWorld.AnaUrl);

        var card = await client.GetStringAsync($"/contacts/{mine.Id}/contact.vcf");
        var foreign = await client.GetAsync($"/contacts/{theirs.Id}/contact.vcf");

        Assert.Contains("FN:Ana Lima\r\n", card, StringComparison.Ordinal);
        Assert.Contains("SOCIALPROFILE;SERVICE-TYPE=LinkedIn:https://www.linkedin.com/in/ana-lima\r\n", card, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task Cards_match_existing_contacts_by_email_and_list_the_unreadable_ones_with_their_line()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "phone@example.com");
        await app.ImportAsync(user, ExportWorld.Connections().BuildBytes());
        var vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana (phone)\r\nEMAIL;TYPE=INTERNET:ANA@example.com\r\nTEL:+351 912 345 678\r\nCATEGORIES:family\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:+351 000\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dee New\r\nORG:Umbrella\r\nEND:VCARD\r\n";

        var result = await app.ImportAsync(user, Encoding.UTF8.GetBytes(vcf));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal((1, 1), (result.Added, result.Updated));
        Assert.Equal(8, Assert.Single(result.Skipped).LineNumber);
        var ana = await ExportWorld.ContactAsync(app, user, ExportWorld.AnaUrl);
        Assert.Equal(("Ana (phone)", "family"), (ana.Name, ana.Tags));
    }

    public void Dispose() => app.Dispose();
}
