using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Testing.LinkedIn;
using ValueFirst.Web.Tests.Contacts;

namespace ValueFirst.Web.Tests.Database;

/// <summary>
/// SQLite plans by the statistics it was last given, and without any it assumes an equality matches ten rows: it read a
/// page's contacts "by id" by walking every contact of the owner. A large import leaves statistics behind, so the same
/// read looks the contacts up by key.
/// </summary>
public sealed class SqliteStatisticsTests
{
    // The shape EF Core gives "the owner's contacts among these ids" on SQLite.
    private const string ContactsByIds = """
        EXPLAIN QUERY PLAN SELECT "Id", "Name" FROM "Contact"
        WHERE "OwnerId" = @owner AND "Id" IN (SELECT value FROM json_each(@ids))
        """;

    [Fact]
    public async Task After_a_large_import_a_page_of_contacts_is_read_by_key_not_by_walking_the_owners_contacts()
    {
        using var app = new TestApp();
        var user = await ContactsTestUsers.CreateUserAsync(app, "statistics@example.com");
        Assert.DoesNotContain("PRIMARY KEY", await PlanAsync(app, user));

        var export = new LinkedInExportBuilder { Connections = new ConnectionsExportBuilder().WithPeople(1_200) };
        var result = await app.ImportAsync(user, export.BuildZip());

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("SEARCH Contact USING INTEGER PRIMARY KEY", await PlanAsync(app, user));
    }

    [Fact]
    public async Task The_statistics_a_large_import_leaves_count_the_owners_contacts_in_full_not_from_a_sample()
    {
        using var app = new TestApp();
        var user = await ContactsTestUsers.CreateUserAsync(app, "full-statistics@example.com");
        var export = new LinkedInExportBuilder { Connections = new ConnectionsExportBuilder().WithPeople(1_200) };

        var result = await app.ImportAsync(user, export.BuildZip());

        Assert.True(result.Succeeded, result.Error);
        // sqlite_stat1 holds "rows, rows per owner, rows per (owner, state)": with one owner, the second is all of them.
        // A sample of 400 said 401, and the planner chose to walk an owner's contacts in fit order over reading one state.
        var (stat, contacts) = await app.WithDbAsync(async db => (
            await db.Database.SqlQuery<string>($"""SELECT "stat" AS "Value" FROM sqlite_stat1 WHERE "idx" = 'IX_Contact_OwnerId_State'""").SingleAsync(),
            await db.Set<ValueFirst.Web.Features.Contacts.Contact>().CountAsync(c => c.OwnerId == user)));
        Assert.True(contacts >= 1_200, $"{contacts} contacts");
        Assert.Equal($"{contacts} {contacts}", string.Join(' ', stat.Split(' ').Take(2)));
    }

    private static Task<string> PlanAsync(TestApp app, string ownerId) => app.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = ContactsByIds;
        Add(command, "@owner", ownerId);
        Add(command, "@ids", "[1,2,3]");
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join("\n", plan);
    });

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
