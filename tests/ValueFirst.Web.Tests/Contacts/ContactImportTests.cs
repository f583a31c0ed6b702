using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Contacts;
using ValueFirst.Testing.LinkedIn;
using ValueFirst.Web.Features.Contacts;

namespace ValueFirst.Web.Tests.Contacts;

public sealed class ContactImportTests : IDisposable
{
    private readonly TestApp app = new();

    private static ConnectionsExportBuilder RealisticExport() =>
        new ConnectionsExportBuilder()
            .WithPeople(30)
            .WithRawLine("Broken,Row \"with\" stray quotes,https://www.linkedin.com/in/broken,,Acme,CEO,1 Mar 2024")
            .WithPerson("", "", "https://www.linkedin.com/in/hidden-member");

    [Fact]
    public async Task Realistic_linkedin_export_imports_every_readable_row_and_lists_the_rest()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "importer@example.com");
        var export = RealisticExport();

        var result = await app.ImportAsync(user, export.BuildBytes());

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal((30, 0), (result.Added, result.Updated));
        Assert.Equal([export.LineOf(30), export.LineOf(31)], result.Skipped.Select(s => s.LineNumber));
        Assert.Equal("30 added, 0 updated, 0 unchanged, 2 skipped.", result.Summary);

        var contacts = await app.ContactsOfAsync(user);
        Assert.Equal(export.People.Take(30).Select(p => $"{p["First Name"]} {p["Last Name"]}").Order(), contacts.Select(c => c.Name).Order());
        Assert.Contains(contacts, c => c.Name == "José García");
        Assert.Contains(contacts, c => c.Company!.EndsWith(", Inc.", StringComparison.Ordinal));
        Assert.Contains(contacts, c => c.Position == "VP \"Growth\" Sales");
        Assert.Equal(10, contacts.Count(c => c.Email is null));
        Assert.All(contacts, c => Assert.Equal(ConnectionState.Connected, c.State));
        Assert.All(contacts, c => Assert.StartsWith("https://www.linkedin.com/in/", c.ProfileUrl, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing_says_unchanged_and_never_duplicates()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "twice@example.com");
        var file = RealisticExport().BuildBytes();

        await app.ImportAsync(user, file);
        var stamps = (await app.ContactsOfAsync(user)).ToDictionary(c => c.Id, c => c.UpdatedUtc);
        var again = await app.ImportAsync(user, file);

        Assert.Equal((0, 0, 30, 2), (again.Added, again.Updated, again.Unchanged, again.Skipped.Count));
        Assert.Equal("0 added, 0 updated, 30 unchanged, 2 skipped.", again.Summary);
        var after = await app.ContactsOfAsync(user);
        Assert.Equal(30, after.Count);
        Assert.All(after, c => Assert.Equal(stamps[c.Id], c.UpdatedUtc));
    }

    [Fact]
    public async Task A_reimport_counts_only_the_rows_that_changed_a_contact_as_updated()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "changed@example.com");
        await app.ImportAsync(user, new ConnectionsExportBuilder()
            .WithPerson("Ana", "Lima", "https://www.linkedin.com/in/ana", company: "Acme", position: "CEO")
            .WithPerson("Bo", "Ek", "https://www.linkedin.com/in/bo", company: "Bakery", position: "Baker")
            .WithPerson("Cy", "Do", "https://www.linkedin.com/in/cy", company: "Fjord", position: "CTO")
            .BuildBytes());

        var result = await app.ImportAsync(user, new ConnectionsExportBuilder()
            .WithPerson("Ana", "Lima", "https://www.linkedin.com/in/ana", company: "Acme", position: "Chair")
            .WithPerson("Bo", "Ek", "https://www.linkedin.com/in/bo", company: "Bakery", position: "Baker")
            .WithPerson("Cy", "Do", "https://www.linkedin.com/in/cy", company: "Fjord", position: "CTO")
            .BuildBytes());

        Assert.Equal((0, 1, 2), (result.Added, result.Updated, result.Unchanged));
        Assert.Equal("Chair", (await app.ContactsOfAsync(user)).Single(c => c.Name == "Ana Lima").Position);
    }

    [Fact]
    public async Task Zip_export_imports_like_the_csv()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "zip@example.com");

        var result = await app.ImportAsync(user, new ConnectionsExportBuilder().WithPeople(8).BuildZip());

        Assert.Equal(8, result.Added);
    }

    [Fact]
    public async Task Hand_edited_fields_and_existing_values_are_never_blanked_by_a_reimport()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "edits@example.com");
        await app.ImportAsync(user, new ConnectionsExportBuilder()
            .WithPerson("Ana", "Lima", "https://www.linkedin.com/in/ana", "ana@old.example", "Acme", "CEO", "1 Mar 2024")
            .BuildBytes());
        var ana = Assert.Single(await app.ContactsOfAsync(user));
        await app.AsUserAsync(user, async sp =>
        {
            var contacts = sp.GetRequiredService<ContactBook>();
            var form = (await contacts.GetFormAsync(user, ana.Id))!;
            form.Company = "Acme Holdings (hand-edited)";
            form.Notes = "Met at the fintech meetup";
            return await contacts.UpdateAsync(user, ana.Id, form);
        });

        var newer = new ConnectionsExportBuilder()
            .WithPerson("Ana", "Lima", "https://www.linkedin.com/in/ana", email: "", company: "", position: "Chair", connectedOn: "1 Mar 2024");
        var result = await app.ImportAsync(user, newer.BuildBytes());

        Assert.Equal(1, result.Updated);
        var after = Assert.Single(await app.ContactsOfAsync(user));
        Assert.Equal("Acme Holdings (hand-edited)", after.Company);
        Assert.Equal("ana@old.example", after.Email);
        Assert.Equal("Chair", after.Position);
        Assert.Equal("Met at the fintech meetup", after.Notes);
    }

    [Fact]
    public async Task A_new_company_or_position_in_a_later_export_is_recorded_as_a_new_role_and_an_unchanged_row_is_not()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "roles@example.com");
        await app.ImportAsync(user, new ConnectionsExportBuilder()
            .WithPerson("Mei", "Chen", "https://www.linkedin.com/in/mei", company: "Acme", position: "Sales lead")
            .WithPerson("Ola", "Berg", "https://www.linkedin.com/in/ola", company: "Nordic", position: "CTO")
            .WithPerson("Ida", "Lund", "https://www.linkedin.com/in/ida", company: "", position: "")
            .BuildBytes());

        await app.ImportAsync(user, new ConnectionsExportBuilder()
            .WithPerson("Mei", "Chen", "https://www.linkedin.com/in/mei", company: "Globex", position: "VP Sales")
            .WithPerson("Ola", "Berg", "https://www.linkedin.com/in/ola", company: "NORDIC ", position: "CTO")
            .WithPerson("Ida", "Lund", "https://www.linkedin.com/in/ida", company: "Initech", position: "Founder")
            .BuildBytes());

        var contacts = (await app.ContactsOfAsync(user)).ToDictionary(c => c.Name);
        Assert.NotNull(contacts["Mei Chen"].RoleChangedOn);
        Assert.Equal(("Globex", "VP Sales"), (contacts["Mei Chen"].Company, contacts["Mei Chen"].Position));
        // The same company in other letters is no new role; a first company filled in is no change either.
        Assert.Null(contacts["Ola Berg"].RoleChangedOn);
        Assert.Null(contacts["Ida Lund"].RoleChangedOn);
    }

    [Fact]
    public async Task Hand_edited_company_wins_over_a_different_imported_value()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "wins@example.com");
        var export = new ConnectionsExportBuilder().WithPerson("Bo", "Ek", "https://www.linkedin.com/in/bo", company: "Old Co");
        await app.ImportAsync(user, export.BuildBytes());
        var bo = Assert.Single(await app.ContactsOfAsync(user));
        await app.AsUserAsync(user, async sp =>
        {
            var contacts = sp.GetRequiredService<ContactBook>();
            var form = (await contacts.GetFormAsync(user, bo.Id))!;
            form.Company = "Right Co";
            return await contacts.UpdateAsync(user, bo.Id, form);
        });

        await app.ImportAsync(user, export.BuildBytes());

        Assert.Equal("Right Co", Assert.Single(await app.ContactsOfAsync(user)).Company);
    }

    [Fact]
    public async Task An_import_that_fails_half_way_leaves_no_rows_behind()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "rollback@example.com");
        using var stop = new CancellationTokenSource();
        var reports = new List<ImportProgress>();
        // Cancelled after the first batch was written inside the transaction: the rest must roll back too.
        var progress = new CallbackProgress<ImportProgress>(p =>
        {
            reports.Add(p);
            if (p.Done >= ContactImportService.BatchSize)
            {
                stop.Cancel();
            }
        });

        var result = await app.ImportAsync(user, new ConnectionsExportBuilder().WithPeople(ContactImportService.BatchSize * 2 + 10).BuildBytes(), progress, stop.Token);

        Assert.False(result.Succeeded);
        Assert.Contains("nothing was imported", result.Error, StringComparison.Ordinal);
        Assert.Contains(reports, r => r.Done == ContactImportService.BatchSize);
        Assert.Empty(await app.ContactsOfAsync(user));
    }

    [Fact]
    public async Task Progress_is_reported_batch_by_batch_up_to_the_total()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "progress@example.com");
        var reports = new List<ImportProgress>();

        await app.ImportAsync(user, new ConnectionsExportBuilder().WithPeople(1203).BuildBytes(), new CallbackProgress<ImportProgress>(reports.Add));

        Assert.Equal([0, 500, 1000, 1203], reports.Select(r => r.Done));
        Assert.All(reports, r => Assert.Equal(1203, r.Total));
    }

    [Fact]
    public async Task Older_export_without_urls_matches_by_name_and_company_and_says_so()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "older@example.com");
        var older = new ConnectionsExportBuilder()
            .WithHeader("First Name", "Last Name", "Email Address", "Company")
            .WithPerson("Ana", "Lima", email: "ana@example.com", company: "Acme")
            .WithPerson("Ana", "Lima", email: "other-ana@example.com", company: "Other Co");

        var first = await app.ImportAsync(user, older.BuildBytes());
        var second = await app.ImportAsync(user, older.BuildBytes());

        Assert.Equal((2, 0), (first.Added, first.Updated));
        Assert.Equal((0, 0, 2), (second.Added, second.Updated, second.Unchanged));
        Assert.Contains(second.Notes, n => n.Contains("matched by name and company", StringComparison.Ordinal));
        Assert.Equal(2, (await app.ContactsOfAsync(user)).Count);
    }

    [Fact]
    public async Task A_later_export_with_urls_completes_contacts_imported_without_them()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "upgrade@example.com");
        await app.ImportAsync(user, new ConnectionsExportBuilder().WithHeader("First Name", "Last Name", "Company").WithPerson("Ana", "Lima", company: "Acme").BuildBytes());

        var result = await app.ImportAsync(user, new ConnectionsExportBuilder().WithPerson("Ana", "Lima", "https://www.linkedin.com/in/ana", company: "Acme").BuildBytes());

        Assert.Equal(1, result.Updated);
        Assert.Equal("https://www.linkedin.com/in/ana", Assert.Single(await app.ContactsOfAsync(user)).ProfileUrl);
    }

    [Fact]
    public async Task One_users_import_never_touches_another_users_contacts()
    {
        var alice = await ContactsTestUsers.CreateUserAsync(app, "alice-import@example.com");
        var bob = await ContactsTestUsers.CreateUserAsync(app, "bob-import@example.com");
        var file = new ConnectionsExportBuilder().WithPeople(5).BuildBytes();
        await app.ImportAsync(alice, file);

        var result = await app.ImportAsync(bob, file);

        Assert.Equal((5, 0), (result.Added, result.Updated));
        Assert.Equal(5, (await app.ContactsOfAsync(alice)).Count);
        Assert.Equal(5, (await app.ContactsOfAsync(bob)).Count);
    }

    [Fact]
    public async Task Imported_contacts_are_scored_and_rescored_when_the_profile_changes()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "fit@example.com");
        await app.AsUserAsync(user, sp => sp.GetRequiredService<IdealClientProfileService>().SaveAsync(user, new IdealClientProfileForm { Roles = "CFO" }));
        await app.ImportAsync(user, new ConnectionsExportBuilder()
            .WithPerson("Ana", "Lima", "https://www.linkedin.com/in/ana", company: "Fintech Labs", position: "CFO")
            .WithPerson("Bo", "Ek", "https://www.linkedin.com/in/bo", company: "Bakery", position: "Baker")
            .BuildBytes());
        Assert.Equal([100, 0], (await app.ContactsOfAsync(user)).Select(c => c.FitScore));

        var changed = await app.AsUserAsync(user, sp => sp.GetRequiredService<IdealClientProfileService>().SaveAsync(user, new IdealClientProfileForm { Roles = "CFO", Industries = "Fintech, bakery" }));

        Assert.Equal(1, changed); // Ana already matched every part filled in, so only Bo changes.
        Assert.Equal([100, 43], (await app.ContactsOfAsync(user)).Select(c => c.FitScore));
    }

    [Fact]
    public async Task File_with_more_rows_than_the_setting_allows_is_refused_whole()
    {
        using var limited = new TestApp(settings: new Dictionary<string, string?> { ["Contacts:MaxImportRows"] = "3" });
        var user = await ContactsTestUsers.CreateUserAsync(limited, "limit@example.com");

        var result = await limited.ImportAsync(user, new ConnectionsExportBuilder().WithPeople(4).BuildBytes());

        Assert.Contains("more than 3", result.Error, StringComparison.Ordinal);
        Assert.Empty(await limited.ContactsOfAsync(user));
    }

    public void Dispose() => app.Dispose();
}
