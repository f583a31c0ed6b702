using System.Globalization;
using System.Net;
using CsvHelper;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Core.Time;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Ledger;

/// <summary>The ledger pages and CSV export as a signed-in browser sees them.</summary>
[Trait(BothProviders.Trait, BothProviders.Value)]
public sealed class LedgerHttpTests : IDisposable
{
    private readonly LedgerFixture f = new();

    private static async Task<List<string[]>> ReadCsvAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        using var reader = new CsvReader(new StringReader(System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.Parser.Record!);
        }

        return rows;
    }

    private static string Cell(List<string[]> csv, string[] row, string header) => row[Array.IndexOf(csv[0], header)];

    [Fact]
    public async Task Contacts_export_has_a_header_my_rows_and_neutralised_formula_cells()
    {
        var (client, owner) = await f.SignInAsync("export@example.com");
        var hostile = await f.AddContactAsync(owner, name: "=HYPERLINK(\"http://evil.example\",\"x\")", company: "@corp", tags: "-risky;ok");
        await f.AddInteractionsAsync(hostile, InteractionDirection.Ask, 3);
        var plain = await f.AddContactAsync(owner, name: "Ada Lovelace", company: "Analytical Engines");
        await f.AddInteractionsAsync(plain, InteractionDirection.Give, 5, 4);

        var response = await client.GetAsync("/balance/export/contacts.csv");
        var csv = await ReadCsvAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Name", csv[0][0]);
        Assert.Equal(3, csv.Count);
        var hostileRow = csv.Single(r => r[0].Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"x\")", hostileRow[0]);
        Assert.Equal("'@corp", Cell(csv, hostileRow, "Company"));
        Assert.Equal("'-risky; ok", Cell(csv, hostileRow, "Tags"));
        Assert.Equal("-1", Cell(csv, hostileRow, "Balance"));
        Assert.Equal("Overdrawn", Cell(csv, hostileRow, "State"));
        var plainRow = csv.Single(r => r[0] == "Ada Lovelace");
        Assert.Equal(("2", "0", "2"), (Cell(csv, plainRow, "Gives"), Cell(csv, plainRow, "Asks"), Cell(csv, plainRow, "Balance")));
    }

    [Fact]
    public async Task Contacts_export_has_each_contacts_email_and_profile_url()
    {
        var (client, owner) = await f.SignInAsync("reach@example.com");
        var ada = await f.AddContactAsync(owner, name: "Ada Lovelace", company: "Analytical Engines");
        var quiet = await f.AddContactAsync(owner, name: "Bo Ek", company: "Bakery");
        await f.App.WithDbAsync(async db =>
        {
            var stored = await db.Set<ValueFirst.Web.Features.Contacts.Contact>().FindAsync(ada.Id);
            stored!.Email = "ada@example.com";
            stored.ProfileUrl = "https://www.linkedin.com/in/ada-lovelace";
            return await db.SaveChangesAsync();
        });

        var csv = await ReadCsvAsync(await client.GetAsync("/balance/export/contacts.csv"));

        Assert.Equal(["Name", "Company", "Email", "Profile URL"], csv[0].Take(4));
        var adaRow = csv.Single(r => r[0] == "Ada Lovelace");
        Assert.Equal("ada@example.com", Cell(csv, adaRow, "Email"));
        Assert.Equal("https://www.linkedin.com/in/ada-lovelace", Cell(csv, adaRow, "Profile URL"));
        var quietRow = csv.Single(r => r[0] == quiet.Name);
        Assert.Equal(("", ""), (Cell(csv, quietRow, "Email"), Cell(csv, quietRow, "Profile URL")));
    }

    [Fact]
    public async Task Interactions_export_is_only_the_signed_in_users_with_notes_neutralised()
    {
        var (clientA, ownerA) = await f.SignInAsync("export-a@example.com");
        var (clientB, ownerB) = await f.SignInAsync("export-b@example.com");
        var contactA = await f.AddContactAsync(ownerA, name: "Grace Hopper");
        var contactB = await f.AddContactAsync(ownerB, name: "Alan Turing");
        await f.AddInteractionsAsync(contactB, InteractionDirection.Give, 1);
        var logged = await f.WithServiceAsync<RecordResult, InteractionRecorder>(log => log.RecordAsync(ownerA,
            new NewInteraction(contactA.Id, InteractionDirection.Give, InteractionType.MadeIntroduction, InteractionChannel.Email, Note: "+1 intro to @bob")));
        Assert.True(logged.Recorded);
        await f.AddInteractionsAsync(contactA, InteractionDirection.Received, 2);

        var exportA = await ReadCsvAsync(await clientA.GetAsync("/balance/export/interactions.csv"));
        var exportB = await ReadCsvAsync(await clientB.GetAsync("/balance/export/interactions.csv"));
        var contactsB = await ReadCsvAsync(await clientB.GetAsync("/balance/export/contacts.csv"));

        Assert.Equal(["Date", "Contact", "Company", "Direction", "Type", "Channel", "Content", "Note"], exportA[0]);
        Assert.Equal(2, exportA.Count - 1);
        Assert.All(exportA.Skip(1), r => Assert.Equal("Grace Hopper", r[1]));
        var intro = exportA.Single(r => r[4] == "Made an introduction");
        Assert.Equal(("Email", "'+1 intro to @bob"), (intro[5], intro[7]));
        Assert.Equal(["Alan Turing"], exportB.Skip(1).Select(r => r[1]));
        Assert.Equal(["Alan Turing"], contactsB.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public async Task Export_requires_sign_in()
    {
        var response = await f.App.CreateBrowserLikeClient().GetAsync("/balance/export/contacts.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Contact_page_shows_my_contacts_ledger_and_is_not_found_for_another_user()
    {
        var (clientA, ownerA) = await f.SignInAsync("page-a@example.com");
        var (clientB, _) = await f.SignInAsync("page-b@example.com");
        var contact = await f.AddContactAsync(ownerA, name: "Katherine Johnson", connectedDaysAgo: 9);
        await f.AddInteractionsAsync(contact, InteractionDirection.Give, 2, 1);

        var mine = await clientA.GetAsync($"/contacts/{contact.Id}");
        var theirs = await clientB.GetAsync($"/contacts/{contact.Id}");
        var missing = await clientA.GetAsync("/contacts/999999");

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        var html = await mine.Content.ReadAsStringAsync();
        Assert.Contains("Katherine Johnson", html);
        Assert.Contains("2 of 3 gives ✗ · " + $"connected 9 days ago — the first ask opens on {LocalDays.Date(f.Today.AddDays(5), f.Today)} (14 days after connecting) ✗", System.Net.WebUtility.HtmlDecode(html));
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.DoesNotContain("Katherine Johnson", await theirs.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Balance_page_lists_filters_by_state_and_explains_an_empty_book()
    {
        var (client, owner) = await f.SignInAsync("balance@example.com");
        var (newcomer, _) = await f.SignInAsync("newcomer@example.com");
        var overdrawn = await f.AddContactAsync(owner, name: "Overdrawn Olga");
        await f.AddInteractionsAsync(overdrawn, InteractionDirection.Ask, 10, 20);
        await f.AddContactAsync(owner, name: "Fresh Fred", connectedDaysAgo: 3, role: PipelineRole.Prospect);

        var all = await client.GetStringAsync("/balance");
        var onlyOverdrawn = await client.GetStringAsync("/balance?state=Overdrawn");
        var tampered = await client.GetStringAsync("/balance?state=7&role=99&sort=42");
        var empty = await newcomer.GetStringAsync("/balance");

        Assert.Contains("Overdrawn Olga", all);
        Assert.Contains("Fresh Fred", all);
        Assert.Contains("0 of 3 gives ✗ · connected 3 days ago — the first ask opens on ", System.Net.WebUtility.HtmlDecode(all));
        Assert.Contains("balance/export/contacts.csv", all);
        Assert.Contains("Overdrawn Olga", onlyOverdrawn);
        Assert.DoesNotContain("Fresh Fred", onlyOverdrawn);
        Assert.Contains("Overdrawn Olga", tampered); // a value no state, role or sort has is no filter, not a wrong one
        Assert.Contains("Fresh Fred", tampered);
        Assert.Contains("No contacts yet", empty);
        Assert.DoesNotContain("Overdrawn Olga", empty);
    }

    [Fact]
    public async Task Balance_page_says_which_give_first_contacts_are_paused_from_suggestions_and_until_when()
    {
        var (client, owner) = await f.SignInAsync("paused@example.com");
        var snoozed = await f.AddContactAsync(owner, name: "Snoozed Sam", connectedDaysAgo: 40);
        var lapsed = await f.AddContactAsync(owner, name: "Lapsed Lea", connectedDaysAgo: 40);
        await f.AddContactAsync(owner, name: "Waiting Walt", connectedDaysAgo: 40);
        await f.App.WithDbAsync(async db =>
        {
            db.AddRange(
                new SuggestionPause { OwnerId = owner, ContactId = snoozed.Id, PausedUntil = f.Today.AddDays(7) },
                new SuggestionPause { OwnerId = owner, ContactId = lapsed.Id, PausedUntil = f.Today });
            return await db.SaveChangesAsync();
        });

        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/balance?state=GiveFirst"));

        // Still give first (the ledger's state), but the hour and the reminder skip Sam for a week, and the row says so.
        Assert.Contains("Snoozed Sam", html);
        Assert.Contains("Waiting Walt", html);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "not suggested until"));
        Assert.Contains($"not suggested until {LocalDays.Date(f.Today.AddDays(7), f.Today)}", html);
        var samRow = html[html.IndexOf("Snoozed Sam", StringComparison.Ordinal)..];
        Assert.Contains("not suggested until", samRow[..samRow.IndexOf("</tr>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task An_invitation_waiting_for_an_answer_says_vet_first_where_a_connection_says_when_its_give_is_due()
    {
        var (client, owner) = await f.SignInAsync("invitation@example.com");
        var invitation = await f.AddContactAsync(owner, name: "Ines Invites", state: ConnectionState.Pending);
        var connection = await f.AddContactAsync(owner, name: "Connie Connected", connectedDaysAgo: 400);
        await f.AddInteractionsAsync(connection, InteractionDirection.Give, 100);

        var balance = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/balance"));
        var contactPage = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/contacts/{invitation.Id}"));

        Assert.Contains("none yet: vet their invitation first", RowOf(balance, "Ines Invites"));
        Assert.DoesNotContain("first give is due", RowOf(balance, "Ines Invites"));
        Assert.Contains("overdue by 10 days", RowOf(balance, "Connie Connected"));
        Assert.Contains("next give: none yet: vet their invitation first", contactPage);
    }

    private static string RowOf(string html, string name)
    {
        var row = html[html.IndexOf(name, StringComparison.Ordinal)..];
        return row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
    }

    [Fact]
    public async Task Dashboard_shows_counts_per_state_and_who_should_receive_value_first()
    {
        var (client, owner) = await f.SignInAsync("dashboard@example.com");
        var top = await f.AddContactAsync(owner, name: "Top Tina", fit: 90, role: PipelineRole.Prospect);
        var earned = await f.AddContactAsync(owner, name: "Earned Ed");
        await f.AddInteractionsAsync(earned, InteractionDirection.Give, 3, 2, 1);

        var summary = await f.WithServiceAsync<GiveAskHealth, LedgerViews>(q => q.GetSummaryAsync(owner));
        var html = await client.GetStringAsync("/");

        Assert.Equal((1, 1, 0), (summary.Count(AskState.GiveFirst), summary.Count(AskState.AskEarned), summary.Count(AskState.Overdrawn)));
        Assert.Equal([top.Id], summary.GiveFirst.Select(e => e.ContactId));
        Assert.Contains("Give value first to", html);
        Assert.Contains("Top Tina", html);
        Assert.DoesNotContain("Earned Ed", html);
    }

    [Fact]
    public async Task Settings_page_shows_the_users_readiness_thresholds()
    {
        var (client, owner) = await f.SignInAsync("thresholds@example.com");
        var form = LedgerSettingsForm.From(new LedgerSettings { UserId = owner });
        form.MinDaysBetweenAsks = 45;
        form.TagCadences = "fintech=45; CTO=21";
        await f.WithServiceAsync<IReadOnlyList<System.ComponentModel.DataAnnotations.ValidationResult>, LedgerSettingsStore>(s => s.SaveAsync(owner, form));

        var html = await client.GetStringAsync("/settings");

        Assert.Contains("Give before you ask", html);
        Assert.Contains("id=\"ledger-between-asks\"", html);
        Assert.Contains("value=\"45\"", html);
        Assert.Contains("value=\"cto=21; fintech=45\"", html);
    }

    public void Dispose() => f.Dispose();
}
