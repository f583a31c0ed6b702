using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Testing.LinkedIn;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Tests.Contacts;

namespace ValueFirst.Web.Tests.Imports;

public sealed class ImportChangeReportTests : IDisposable
{
    private readonly TestApp app = new();

    private static ConnectionsExportBuilder Export(string anaCompany, bool withBo, bool withCy) =>
        Add(Add(new ConnectionsExportBuilder().WithPerson("Ana", "Lima", ExportWorld.AnaUrl, "", anaCompany, "CEO", "1 Mar 2024"),
            withBo, "Bo", "Chen", ExportWorld.BoUrl), withCy, "Cy", "Diaz", "https://www.linkedin.com/in/cy-diaz");

    private static ConnectionsExportBuilder Add(ConnectionsExportBuilder export, bool add, string first, string last, string url) =>
        add ? export.WithPerson(first, last, url, "", "Globex", "CTO", "2 Apr 2023") : export;

    [Fact]
    public async Task Second_import_reports_who_is_new_who_changed_roles_and_who_is_gone_and_both_are_kept()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "changes@example.com");

        var first = await app.ImportAsync(user, Export("Acme", withBo: true, withCy: false).BuildBytes());
        var second = await app.ImportAsync(user, Export("Initech", withBo: false, withCy: true).BuildBytes());

        Assert.True(first.Import!.FirstConnections);
        Assert.Equal(2, first.Import.NewConnections);
        var report = second.Import!;
        Assert.False(report.FirstConnections);
        Assert.Equal((1, 1, 1), (report.NewConnections, report.RoleChanges, report.Disappeared));
        Assert.Equal("Cy Diaz", report.Changes.Single(c => c.Kind == ImportChangeKind.NewConnection).Name);
        var role = report.Changes.Single(c => c.Kind == ImportChangeKind.RoleChanged);
        Assert.Equal(("Ana Lima", "CEO at Acme", "CEO at Initech"), (role.Name, role.Before, role.After));
        Assert.Equal("Bo Chen", report.Changes.Single(c => c.Kind == ImportChangeKind.Disappeared).Name);

        var ana = await ExportWorld.ContactAsync(app, user, ExportWorld.AnaUrl);
        Assert.NotNull(ana.RoleChangedOn);
        var history = await app.AsUserAsync(user, sp => sp.GetRequiredService<ImportHistory>().ListAsync(user));
        Assert.Equal([report.Id, first.Import!.Id], history.Select(h => h.Id));
        Assert.Equal(3, history[0].Changes.Count);
    }

    [Fact]
    public async Task A_person_gone_is_reported_once_and_an_unchanged_export_reports_nothing()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "once@example.com");
        await app.ImportAsync(user, Export("Acme", withBo: true, withCy: false).BuildBytes());
        await app.ImportAsync(user, Export("Acme", withBo: false, withCy: false).BuildBytes());

        var third = await app.ImportAsync(user, Export("Acme", withBo: false, withCy: false).BuildBytes());

        Assert.False(third.Import!.HasChanges);
    }

    [Fact]
    public async Task Another_users_imports_are_not_in_my_history_and_cannot_be_deleted_by_me()
    {
        var owner = await ContactsTestUsers.CreateUserAsync(app, "owner@example.com");
        var other = await ContactsTestUsers.CreateUserAsync(app, "other@example.com");
        var result = await app.ImportAsync(owner, ExportWorld.Full().BuildZip());

        var history = await app.AsUserAsync(other, sp => sp.GetRequiredService<ImportHistory>().ListAsync(other));
        var deleted = await app.AsUserAsync(other, sp => sp.GetRequiredService<ImportHistory>().DeleteMessagesAsync(other, result.Import!.Id));

        Assert.Empty(history);
        Assert.Null(deleted);
        Assert.Equal(3, (await ExportWorld.MessagesAsync(app, owner)).Count);
    }

    public void Dispose() => app.Dispose();
}
