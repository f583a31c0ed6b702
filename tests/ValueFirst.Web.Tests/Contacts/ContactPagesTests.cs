using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ValueFirst.Core.Contacts;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Contacts;

[Trait(BothProviders.Trait, BothProviders.Value)]
public sealed class ContactPagesTests : IDisposable
{
    private readonly TestApp app = new();

    [Fact]
    public async Task Vetting_page_shows_the_next_pending_invitation_with_its_recommendation()
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, "vetpage@example.com");
        var user = await ContactsTestUsers.UserIdAsync(app, "vetpage@example.com");
        await app.AsUserAsync(user, sp => sp.GetRequiredService<ContactBook>().CreateAsync(user, new ContactForm { Name = "Priya Invites", State = ConnectionState.Pending }));

        var html = await client.GetStringAsync("/contacts/vetting");

        Assert.Contains("Priya Invites", html, StringComparison.Ordinal);
        Assert.Contains("Recommended: Hold", html, StringComparison.Ordinal);
        Assert.Contains("accesskey=\"a\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_contacts_list_opens_filtered_and_sorted_as_a_link_asks_and_ignores_a_tampered_one()
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, "listlink@example.com");
        var user = await ContactsTestUsers.UserIdAsync(app, "listlink@example.com");
        foreach (var (name, state) in new[] { ("Priya Invites", ConnectionState.Pending), ("Carl Connected", ConnectionState.Connected) })
        {
            await app.AsUserAsync(user, sp => sp.GetRequiredService<ContactBook>().CreateAsync(user, new ContactForm { Name = name, State = state }));
        }

        var connected = await client.GetStringAsync("/contacts?state=Connected&sort=LastInteraction");
        var tampered = await client.GetStringAsync("/contacts?state=99&sort=%3Cscript%3E");

        Assert.Contains("Carl Connected", connected, StringComparison.Ordinal);
        Assert.DoesNotContain("Priya Invites", connected, StringComparison.Ordinal);
        Assert.Contains("Carl Connected", tampered, StringComparison.Ordinal);
        Assert.Contains("Priya Invites", tampered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vetting_an_invitation_met_in_person_starts_with_I_know_them_personally_ticked()
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, "metinperson@example.com");
        var user = await ContactsTestUsers.UserIdAsync(app, "metinperson@example.com");
        await app.AsUserAsync(user, sp => sp.GetRequiredService<ContactBook>().CreateAsync(user,
            new ContactForm { Name = "Met At Conference", State = ConnectionState.Pending, Origin = RelationshipOrigin.MetInPerson }));

        var html = await client.GetStringAsync("/contacts/vetting");

        Assert.Contains("id=\"signal-KnowPersonally\" checked", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"signal-FormerColleagueOrClient\" checked", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contact_page_shows_the_vetting_summary_and_connection_count_as_words_with_their_space()
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, "count@example.com");
        var user = await ContactsTestUsers.UserIdAsync(app, "count@example.com");
        var id = (await app.AsUserAsync(user, sp => sp.GetRequiredService<ContactBook>().CreateAsync(user,
            new ContactForm { Name = "Well Connected", ConnectionCount = 850, State = ConnectionState.Pending }))).Id;

        var html = await client.GetStringAsync($"/contacts/{id}");

        Assert.Contains("</strong> (850 connections)", html, StringComparison.Ordinal);
        Assert.Contains("None recorded yet", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RelationshipOrigin.MetInPerson, VettingSignals.KnowPersonally)]
    [InlineData(RelationshipOrigin.Client, VettingSignals.FormerColleagueOrClient)]
    [InlineData(RelationshipOrigin.IntroducedByContact, VettingSignals.IntroducedByTrustedContact)]
    [InlineData(RelationshipOrigin.Unknown, VettingSignals.None)]
    public void Signals_start_from_how_you_know_them_until_the_invitation_is_vetted(RelationshipOrigin origin, VettingSignals expected)
    {
        var fresh = new Contact { OwnerId = "u", Name = "N", Origin = origin, VettingSignals = VettingSignals.PersonalNote };
        var vetted = new Contact { OwnerId = "u", Name = "N", Origin = origin, VettingSignals = VettingSignals.NoPhoto, VettedUtc = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc) };

        Assert.Equal(VettingSignals.PersonalNote | expected, OriginSignals.Initial(fresh));
        Assert.Equal(VettingSignals.NoPhoto, OriginSignals.Initial(vetted));
    }

    [Fact]
    public async Task Own_contact_opens_in_the_edit_form_and_settings_show_the_ideal_client_section()
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, "editpage@example.com");
        var user = await ContactsTestUsers.UserIdAsync(app, "editpage@example.com");
        var id = (await app.AsUserAsync(user, sp => sp.GetRequiredService<ContactBook>().CreateAsync(user, new ContactForm { Name = "Edit Me" }))).Id;

        var edit = await client.GetAsync($"/contacts/{id}/edit");
        var settings = await client.GetStringAsync("/settings");

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Contains("value=\"Edit Me\"", await edit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Ideal client and referral source", settings, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_vetting_threshold_stops_the_app_naming_the_key()
    {
        using var bad = new TestApp(settings: new Dictionary<string, string?> { ["Vetting:MinConnections"] = "-5" });

        var error = Assert.ThrowsAny<Exception>(() => bad.Services.GetRequiredService<IOptions<VettingOptions>>().Value);

        Assert.Contains("Vetting:MinConnections", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => app.Dispose();
}
