using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Contacts;
using ValueFirst.Testing.LinkedIn;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Tests.Contacts;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Relationships;

/// <summary>The three answers of the engagement program, stored on the contact and shown on their page.</summary>
public sealed class ContactAnswersTests : IDisposable
{
    private readonly PathWorld world = new();

    private async Task<(HttpClient Client, string User)> SignInAsync(string email)
    {
        var client = await AccountSession.RegisterAndSignInAsync(world.App, email);
        return (client, await ContactsTestUsers.UserIdAsync(world.App, email));
    }

    private Task<ContactSaveResult> SaveAsync(string user, int? id, ContactForm form) =>
        world.App.AsUserAsync(user, sp => id is { } existing
            ? sp.GetRequiredService<ContactBook>().UpdateAsync(user, existing, form)
            : sp.GetRequiredService<ContactBook>().CreateAsync(user, form));

    [Fact]
    public async Task The_three_answers_are_saved_trimmed_and_shown_on_the_contact_page_with_the_introduction_they_suggest()
    {
        var (client, user) = await SignInAsync("answers@example.com");
        await world.ContactAsync(user, "Mei Chen", company: "Nordlys", tags: "nordics", position: "Founder");
        var zoe = (await SaveAsync(user, null, new ContactForm { Name = "Zoë Ødegård", Company = "Fjord" })).Id!.Value;

        var form = (await world.App.AsUserAsync(user, sp => sp.GetRequiredService<ContactBook>().GetFormAsync(user, zoe)))!;
        form.WantsToMeet = "  founders selling into the Nordics ";
        form.NetworksAt = "Oslo SaaS breakfast; the Nordic founders Slack";
        form.IdealClientsAndReferralSources = "B2B SaaS at 2-10 M ARR; accountants";
        Assert.True((await SaveAsync(user, zoe, form)).Succeeded);

        var stored = await world.FindAsync(zoe);
        Assert.Equal(("founders selling into the Nordics", "Oslo SaaS breakfast; the Nordic founders Slack", "B2B SaaS at 2-10 M ARR; accountants"),
            (stored.WantsToMeet, stored.NetworksAt, stored.IdealClientsAndReferralSources));
        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/contacts/{zoe}"));
        Assert.Contains("Oslo SaaS breakfast; the Nordic founders Slack", html, StringComparison.Ordinal);
        Assert.Contains("Introduce Zoë Ødegård to Mei Chen: Zoë wants to meet founders selling into the Nordics", html, StringComparison.Ordinal);
        Assert.Contains("Mei Chen matches founder, nordic", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_longer_than_the_limit_is_refused_naming_the_question()
    {
        var form = new ContactForm { Name = "Long Talker", NetworksAt = new string('x', ContactForm.AnswerLength + 1) };
        var errors = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(form, new ValidationContext(form), errors, validateAllProperties: true));

        var error = Assert.Single(errors);
        Assert.Equal("Where they network can be at most 1000 characters.", error.ErrorMessage);
        Assert.Equal([nameof(ContactForm.NetworksAt)], error.MemberNames);
    }

    [Fact]
    public async Task A_new_import_keeps_the_answers()
    {
        var user = await world.UserAsync();
        var export = new ConnectionsExportBuilder().WithPerson("Mei", "Chen", url: "https://www.linkedin.com/in/mei-chen", company: "Nordlys", position: "Founder");
        await world.App.ImportAsync(user, export.BuildBytes());
        var mei = (await world.App.ContactsOfAsync(user)).Single();
        var form = (await world.App.AsUserAsync(user, sp => sp.GetRequiredService<ContactBook>().GetFormAsync(user, mei.Id)))!;
        form.WantsToMeet = "CFOs of fintechs";
        await SaveAsync(user, mei.Id, form);

        await world.App.ImportAsync(user, new ConnectionsExportBuilder()
            .WithPerson("Mei", "Chen", url: "https://www.linkedin.com/in/mei-chen", company: "Nordlys AB", position: "CEO").BuildBytes());

        var after = await world.FindAsync(mei.Id);
        Assert.Equal(("CFOs of fintechs", "Nordlys AB"), (after.WantsToMeet, after.Company));
    }

    [Fact]
    public async Task A_target_who_accepts_is_connected_today_and_starts_the_engagement_program()
    {
        var user = await world.UserAsync();
        var tara = await world.ContactAsync(user, "Tara Target", ConnectionState.Target);
        var form = (await world.App.AsUserAsync(user, sp => sp.GetRequiredService<ContactBook>().GetFormAsync(user, tara)))!;
        form.State = ConnectionState.Connected;

        Assert.True((await SaveAsync(user, tara, form)).Succeeded);

        var contact = await world.FindAsync(tara);
        Assert.Equal(world.Today, contact.ConnectedOn);
        Assert.False(contact.HandEdited.HasFlag(ContactFields.ConnectedOn));
        Assert.Contains((await world.BuildAsync(user)).Items, i => i.ContactId == tara && i.Step == Core.Relationships.PathStep.Welcome);
    }

    [Fact]
    public async Task A_target_page_shows_the_next_warm_up_step()
    {
        var (client, user) = await SignInAsync("warmup@example.com");
        var tara = await world.ContactAsync(user, "Tara Target", ConnectionState.Target);
        await world.App.WithDbAsync(db => db.Set<Contact>().Where(c => c.Id == tara).ExecuteUpdateAsync(s => s.SetProperty(c => c.FollowedOn, world.Today.AddDays(-3))));
        await world.InteractionsAsync(user, tara, Core.Ledger.InteractionDirection.Give, 1);

        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/contacts/{tara}"));

        Assert.Contains("Followed on 21 Mar", html, StringComparison.Ordinal);
        Assert.Contains("1 of 2 touches", html, StringComparison.Ordinal);
        Assert.Contains("Touch 2 of 2: share one of their posts", html, StringComparison.Ordinal);
    }

    public void Dispose() => world.Dispose();
}
