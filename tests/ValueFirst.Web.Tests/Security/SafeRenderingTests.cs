using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Testing.LinkedIn;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Tests.Contacts;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Security;

/// <summary>Markup typed into notes and tags, or arriving in imported CSV fields, is shown as text on every page that lists it.</summary>
public sealed class SafeRenderingTests : IDisposable
{
    private const string Script = "<script>alert('x')</script>";
    private const string Image = "<img src=x onerror=alert(1)>";

    private readonly TestApp app = new();

    [Fact]
    public async Task Imported_fields_notes_and_tags_with_markup_render_as_encoded_text()
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, "render@example.com");
        var user = await ContactsTestUsers.UserIdAsync(app, "render@example.com");
        var imported = await app.ImportAsync(user, new ConnectionsExportBuilder()
            .WithPerson("Eve", Script, "https://www.linkedin.com/in/eve", "", Image, "<a href=\"javascript:alert(2)\">CEO</a>", "1 Mar 2024")
            .BuildBytes());
        Assert.Equal(1, imported.Added);
        var contact = Assert.Single(await app.ContactsOfAsync(user));
        await app.AsUserAsync(user, async sp =>
        {
            var contacts = sp.GetRequiredService<ContactBook>();
            var form = (await contacts.GetFormAsync(user, contact.Id))!;
            form.Notes = $"Met at a meetup {Script}";
            form.Tags = "<b>bold</b>;sales";
            return await contacts.UpdateAsync(user, contact.Id, form);
        });

        foreach (var path in new[] { $"/contacts/{contact.Id}", "/contacts", "/balance", "/contacts/vetting" })
        {
            var response = await client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>bold</b>", html, StringComparison.OrdinalIgnoreCase);
        }

        var detail = await client.GetStringAsync($"/contacts/{contact.Id}");
        Assert.Contains("&lt;script&gt;", detail, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", detail, StringComparison.Ordinal);
    }

    public void Dispose() => app.Dispose();
}
