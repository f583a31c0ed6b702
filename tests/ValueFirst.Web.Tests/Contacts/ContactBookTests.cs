using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;

namespace ValueFirst.Web.Tests.Contacts;

public sealed class ContactBookTests : IDisposable
{
    private readonly TestApp app = new();

    private Task<T> AsAsync<T>(string user, Func<ContactBook, Task<T>> action) =>
        app.AsUserAsync(user, sp => action(sp.GetRequiredService<ContactBook>()));

    private Task<T> VetAsync<T>(string user, Func<InvitationVetting, Task<T>> action) =>
        app.AsUserAsync(user, sp => action(sp.GetRequiredService<InvitationVetting>()));

    private async Task SeedAsync(string owner, int count, Func<int, Contact, Contact>? shape = null)
    {
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < count; i++)
            {
                var contact = new Contact { OwnerId = owner, Name = $"Person {i:D4}", Company = i % 2 == 0 ? "Even Co" : "Odd Co" };
                db.Add(shape?.Invoke(i, contact) ?? contact);
            }

            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task List_is_paged_by_fifty_and_counts_every_match()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "pages@example.com");
        await SeedAsync(user, 120);

        var third = await AsAsync(user, c => c.ListAsync(user, new ContactFilter(Page: 3)));

        Assert.Equal((120, 3, 3), (third.Total, third.PageCount, third.Page));
        Assert.Equal(20, third.Rows.Count);
        Assert.Equal("Person 0100", third.Rows[0].Name);
    }

    [Fact]
    public async Task Search_state_role_and_tag_filters_combine()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "filters@example.com");
        await SeedAsync(user, 40, (i, c) =>
        {
            c.State = i % 4 == 0 ? ConnectionState.Pending : ConnectionState.Connected;
            c.Role = i % 8 == 0 ? PipelineRole.Prospect : PipelineRole.Peer;
            c.Tags = i % 16 == 0 ? "fintech;golf" : "golfing";
            return c;
        });

        var page = await AsAsync(user, c => c.ListAsync(user, new ContactFilter("even", ConnectionState.Pending, PipelineRole.Prospect, "GOLF")));

        Assert.Equal(["Person 0000", "Person 0016", "Person 0032"], page.Rows.Select(r => r.Name));
    }

    [Fact]
    public async Task Search_treats_percent_and_underscore_literally()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "like@example.com");
        await SeedAsync(user, 3, (i, c) =>
        {
            c.Name = i == 0 ? "100% Ana" : $"Bo{i}";
            return c;
        });

        var page = await AsAsync(user, c => c.ListAsync(user, new ContactFilter("%")));

        Assert.Equal("100% Ana", Assert.Single(page.Rows).Name);
    }

    [Fact]
    public async Task Sort_by_last_interaction_puts_recent_first_and_never_contacted_last()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "recent@example.com");
        await SeedAsync(user, 3);
        var ids = (await app.ContactsOfAsync(user)).Select(c => c.Id).ToList();
        await app.WithDbAsync(async db =>
        {
            db.Add(new Interaction { OwnerId = user, ContactId = ids[0], OccurredUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), Direction = InteractionDirection.Give });
            db.Add(new Interaction { OwnerId = user, ContactId = ids[2], OccurredUtc = new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc), Direction = InteractionDirection.Give });
            db.Add(new Interaction { OwnerId = user, ContactId = ids[0], OccurredUtc = new DateTime(2025, 5, 1, 0, 0, 0, DateTimeKind.Utc), Direction = InteractionDirection.Ask });
            return await db.SaveChangesAsync();
        });

        var page = await AsAsync(user, c => c.ListAsync(user, new ContactFilter(Sort: ContactSort.LastInteraction)));

        Assert.Equal(["Person 0002", "Person 0000", "Person 0001"], page.Rows.Select(r => r.Name));
        Assert.Equal(new DateTime(2026, 1, 1), page.Rows[1].LastInteractionUtc);
    }

    [Fact]
    public async Task Sort_by_fit_puts_best_fit_first()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "fitsort@example.com");
        await SeedAsync(user, 3, (i, c) =>
        {
            c.FitScore = new[] { 40, 100, 0 }[i];
            return c;
        });

        var page = await AsAsync(user, c => c.ListAsync(user, new ContactFilter(Sort: ContactSort.Fit)));

        Assert.Equal([100, 40, 0], page.Rows.Select(r => r.FitScore));
    }

    [Fact]
    public async Task Profile_url_is_stored_normalised_and_a_second_contact_with_it_is_refused()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "dupe@example.com");

        var first = await AsAsync(user, c => c.CreateAsync(user, new ContactForm { Name = "Ana", ProfileUrl = "http://LinkedIn.com/in/Ana/?trk=1" }));
        var second = await AsAsync(user, c => c.CreateAsync(user, new ContactForm { Name = "Ana again", ProfileUrl = "https://www.linkedin.com/in/ana" }));

        Assert.True(first.Succeeded);
        Assert.Equal("https://www.linkedin.com/in/ana", Assert.Single(await app.ContactsOfAsync(user)).ProfileUrl);
        Assert.Equal(nameof(ContactForm.ProfileUrl), second.ErrorField);
        Assert.Contains("already has this profile URL", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introduction_links_to_the_introducing_contact_by_name()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "intro@example.com");
        var introducer = (await AsAsync(user, c => c.CreateAsync(user, new ContactForm { Name = "Cy Doe" }))).Id;

        var unknown = await AsAsync(user, c => c.CreateAsync(user, new ContactForm { Name = "Ana", Origin = RelationshipOrigin.IntroducedByContact, IntroducedByName = "Nobody" }));
        var known = await AsAsync(user, c => c.CreateAsync(user, new ContactForm { Name = "Ana", Origin = RelationshipOrigin.IntroducedByContact, IntroducedByName = "cy doe" }));
        var details = await AsAsync(user, c => c.GetAsync(user, known.Id!.Value));

        Assert.Equal(nameof(ContactForm.IntroducedByName), unknown.ErrorField);
        Assert.Equal(introducer, details!.Contact.IntroducedByContactId);
        Assert.Equal("Cy Doe", details.IntroducedByName);
    }

    [Fact]
    public async Task Overriding_the_vetting_recommendation_needs_a_reason_which_is_kept()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "vet@example.com");
        var id = (await AsAsync(user, c => c.CreateAsync(user, new ContactForm { Name = "Spammy Sam", State = ConnectionState.Pending }))).Id!.Value;

        var withoutReason = await VetAsync(user, v => v.DecideAsync(user, id, VettingSignals.ConstantSeller, 900, VettingOutcome.Accept, " "));
        var withReason = await VetAsync(user, v => v.DecideAsync(user, id, VettingSignals.ConstantSeller, 900, VettingOutcome.Accept, "My cousin; he sells, I buy"));

        Assert.Contains("recommend decline", withoutReason.Error, StringComparison.Ordinal);
        Assert.True(withReason.Succeeded);
        var sam = Assert.Single(await app.ContactsOfAsync(user));
        Assert.Equal((VettingOutcome.Decline, VettingOutcome.Accept), (sam.VettingRecommendation, sam.VettingDecision));
        Assert.Equal("My cousin; he sells, I buy", sam.VettingOverrideReason);
        Assert.Equal(ConnectionState.Connected, sam.State);
        Assert.NotNull(sam.ConnectedOn);
    }

    [Fact]
    public async Task Vetting_queue_serves_unvetted_invitations_first_and_held_ones_after()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "queue@example.com");
        await SeedAsync(user, 4, (i, c) =>
        {
            c.State = i == 3 ? ConnectionState.Connected : ConnectionState.Pending;
            return c;
        });
        var first = await VetAsync(user, v => v.NextToVetAsync(user, []));
        await VetAsync(user, v => v.DecideAsync(user, first!.Id, VettingSignals.None, null, VettingOutcome.Hold, null));

        var queue = new List<string>();
        var seen = new List<int>();
        for (var next = await VetAsync(user, v => v.NextToVetAsync(user, seen)); next is not null; next = await VetAsync(user, v => v.NextToVetAsync(user, seen)))
        {
            queue.Add(next.Name);
            seen.Add(next.Id);
        }

        Assert.Equal("Person 0000", first!.Name);
        Assert.Equal(["Person 0001", "Person 0002", "Person 0000"], queue);
    }

    [Fact]
    public async Task Editing_rescores_fit_and_marks_only_changed_fields_as_hand_edited()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "rescore@example.com");
        await app.AsUserAsync(user, sp => sp.GetRequiredService<IdealClientProfileService>().SaveAsync(user, new IdealClientProfileForm { Locations = "Lisbon" }));
        await app.ImportAsync(user, new ValueFirst.Testing.LinkedIn.ConnectionsExportBuilder().WithPerson("Ana", "Lima", "https://www.linkedin.com/in/ana", company: "Acme").BuildBytes());
        var ana = Assert.Single(await app.ContactsOfAsync(user));
        Assert.Equal((0, ContactFields.None), (ana.FitScore, ana.HandEdited));

        await AsAsync(user, async c =>
        {
            var form = (await c.GetFormAsync(user, ana.Id))!;
            form.Location = "Lisbon, Portugal";
            form.Email = "ana@example.com";
            return await c.UpdateAsync(user, ana.Id, form);
        });

        var after = Assert.Single(await app.ContactsOfAsync(user));
        Assert.Equal(100, after.FitScore);
        Assert.Equal(ContactFields.Email, after.HandEdited);
    }

    public void Dispose() => app.Dispose();
}
