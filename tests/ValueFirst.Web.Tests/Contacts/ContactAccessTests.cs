using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Contacts;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Contacts;

public sealed class ContactAccessTests : IDisposable
{
    private readonly TestApp app = new();

    private async Task<int> AddContactAsync(string ownerId, string name) =>
        (await app.AsUserAsync(ownerId, sp => sp.GetRequiredService<ContactBook>().CreateAsync(ownerId, new ContactForm { Name = name, Company = "Acme" }))).Id!.Value;

    [Fact]
    public async Task Another_users_contact_id_answers_404_like_a_missing_one()
    {
        var alice = await AccountSession.RegisterAndSignInAsync(app, "alice@example.com");
        var bob = await AccountSession.RegisterAndSignInAsync(app, "bob@example.com");
        var aliceId = await ContactsTestUsers.UserIdAsync(app, "alice@example.com");
        var contactId = await AddContactAsync(aliceId, "Alice's Secret Client");

        var own = await alice.GetAsync($"/contacts/{contactId}");
        var foreign = await bob.GetAsync($"/contacts/{contactId}");
        var missing = await bob.GetAsync($"/contacts/{contactId + 1000}");
        var foreignEdit = await bob.GetAsync($"/contacts/{contactId}/edit");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("Alice&#x27;s Secret Client", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("id=\"ledger\"", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignEdit.StatusCode);
        var foreignBody = await foreign.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Secret Client", foreignBody, StringComparison.Ordinal);
        Assert.Contains("Not Found", foreignBody, StringComparison.Ordinal);
        Assert.Contains("Not Found", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_user_cannot_read_edit_or_vet_a_contact_through_the_service()
    {
        var aliceId = await ContactsTestUsers.CreateUserAsync(app, "alice-svc@example.com");
        var bobId = await ContactsTestUsers.CreateUserAsync(app, "bob-svc@example.com");
        var contactId = await AddContactAsync(aliceId, "Ana Lima");

        var (details, form, update, decision, list) = await app.AsUserAsync(bobId, async sp =>
        {
            var contacts = sp.GetRequiredService<ContactBook>();
            return (
                await contacts.GetAsync(bobId, contactId),
                await contacts.GetFormAsync(bobId, contactId),
                await contacts.UpdateAsync(bobId, contactId, new ContactForm { Name = "Hijacked" }),
                await sp.GetRequiredService<InvitationVetting>().DecideAsync(bobId, contactId, VettingSignals.PersonalNote, 500, VettingOutcome.Accept, null),
                await contacts.ListAsync(bobId, new ContactFilter()));
        });

        Assert.Null(details);
        Assert.Null(form);
        Assert.Same(ContactSaveResult.NotFound, update);
        Assert.Same(ContactSaveResult.NotFound, decision);
        Assert.Equal(0, list.Total);
        Assert.Equal("Ana Lima", Assert.Single(await app.ContactsOfAsync(aliceId)).Name);
    }

    [Fact]
    public async Task Contact_list_renders_a_script_name_as_text()
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, "xss@example.com");
        var userId = await ContactsTestUsers.UserIdAsync(app, "xss@example.com");
        await AddContactAsync(userId, "<script>alert(1)</script>");

        var html = await client.GetStringAsync("/contacts");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_contact_list_explains_how_to_start()
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, "empty@example.com");

        var html = await client.GetStringAsync("/contacts");

        Assert.Contains("You have no contacts yet", html, StringComparison.Ordinal);
        Assert.Contains("Connections.csv", html, StringComparison.Ordinal);
    }

    public void Dispose() => app.Dispose();
}
