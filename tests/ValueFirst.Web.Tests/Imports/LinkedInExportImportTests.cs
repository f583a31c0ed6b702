using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ValueFirst.Core.Contacts;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Tests.Contacts;
using ValueFirst.Web.Tests.Content;
using ValueFirst.Testing.LinkedIn;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Imports;

[Trait(BothProviders.Trait, BothProviders.Value)]
public sealed class LinkedInExportImportTests : IDisposable
{
    private readonly TestApp app = new();

    [Fact]
    public async Task Export_zip_brings_connections_invitations_to_vet_conversations_and_posts_in_one_upload()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "export@example.com");

        var result = await app.ImportAsync(user, ExportWorld.Full().BuildZip());

        Assert.True(result.Succeeded, result.Error);
        Assert.Empty(result.Skipped);
        Assert.Equal(5 + 3, result.Added);

        var ines = await ExportWorld.ContactAsync(app, user, ExportWorld.InviterUrl);
        Assert.Equal(ConnectionState.Pending, ines.State);
        Assert.Equal("Hi! We met at the fintech meetup,\nlet's keep in touch.", ines.InvitationMessage);
        Assert.Equal(VettingSignals.PersonalNote, ines.VettingSignals);
        var nora = await ExportWorld.ContactAsync(app, user, "https://www.linkedin.com/in/nora");
        Assert.Equal((ConnectionState.Pending, VettingSignals.None), (nora.State, nora.VettingSignals));

        var otto = await ExportWorld.ContactAsync(app, user, ExportWorld.InviteeUrl);
        Assert.Equal(ConnectionState.Invited, otto.State);
        Assert.Equal(DateOnly.FromDateTime(ExportWorld.Now.AddDays(-5)), otto.InvitedOn);
        Assert.Equal(otto.InvitedOn!.Value.AddDays(14), otto.FollowUpOn);

        var ana = await ExportWorld.ContactAsync(app, user, ExportWorld.AnaUrl);
        Assert.Equal(ConnectionState.Connected, ana.State);
        Assert.Null(ana.InvitationMessage);
        Assert.True(ana.LastMessageFromContact);
        Assert.Equal(ExportWorld.Now.AddDays(-2), ana.LastMessageUtc!.Value, TimeSpan.FromSeconds(1));
        Assert.NotNull(ana.FollowUpOn);

        var messages = await ExportWorld.MessagesAsync(app, user);
        Assert.Equal(3, messages.Count);
        Assert.Equal("Here is the article I mentioned,\n\"worth it\".", messages.Single(m => m.ContactId == ana.Id && !m.FromContact).Content);
        Assert.Contains(result.Notes, n => n.Contains("2 messages with people who are not your contacts", StringComparison.Ordinal));

        var posts = await ExportWorld.PostsAsync(app, user);
        Assert.Equal(["https://www.linkedin.com/feed/update/urn:li:activity:111", "https://www.linkedin.com/feed/update/urn:li:activity:222"], posts.Select(p => p.ShareUrl));
        Assert.Contains("2 posts added to your content history", result.Summary, StringComparison.Ordinal);
        Assert.Equal((3, 1, 3, 2), (result.Import!.IncomingInvitations, result.Import.OutgoingInvitations, result.Import.Messages, result.Import.Posts));
    }

    public static TheoryData<string> Files => ["Connections.csv", "Invitations.csv", "messages.csv", "Shares.csv", "export.zip"];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Each_file_alone_imports_and_importing_it_again_adds_nothing(string file)
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, $"again-{file}@example.com");
        if (file == "messages.csv")
        {
            // Messages belong to contacts: the connections come first.
            await app.ImportAsync(user, ExportWorld.Connections().BuildBytes());
        }

        var bytes = file switch
        {
            "Connections.csv" => ExportWorld.Connections().BuildBytes(),
            "Invitations.csv" => ExportWorld.Invitations().BuildBytes(),
            "messages.csv" => ExportWorld.Messages().BuildBytes(),
            "Shares.csv" => ExportWorld.Shares().BuildBytes(),
            _ => ExportWorld.Full().BuildZip(),
        };

        var first = await app.ImportAsync(user, bytes);
        var before = await SnapshotAsync(user);
        var second = await app.ImportAsync(user, bytes);
        var after = await SnapshotAsync(user);

        Assert.True(first.Succeeded && second.Succeeded, first.Error ?? second.Error);
        Assert.Equal((0, 0), (second.Added, second.Updated));
        Assert.Equal(before, after);
        Assert.True(before.Contacts + before.Messages + before.Posts > 0);
    }

    [Fact]
    public async Task A_second_invitation_from_a_new_person_in_a_later_batch_of_the_file_is_kept()
    {
        // Two contacts already share the name, so rows without a profile URL cannot match by it: the first row adds a
        // third Sam Lee, and the last, sorted more than a batch later, must update that one.
        var user = await ContactsTestUsers.CreateUserAsync(app, "batches@example.com");
        await app.WithDbAsync(db =>
        {
            db.AddRange(new[] { "Acme", "Globex" }.Select(company => new Contact
            {
                OwnerId = user, Name = "Sam Lee", Company = company, State = ConnectionState.Connected, CreatedUtc = ExportWorld.Now, UpdatedUtc = ExportWorld.Now,
            }));
            return db.SaveChangesAsync();
        });
        var invitations = new InvitationsExportBuilder()
            .Incoming("Sam Lee", "", ExportWorld.Now.AddDays(-300))
            .WithInvitations(ContactImportService.BatchSize, ExportWorld.Now)
            .Incoming("Sam Lee", "", ExportWorld.Now.AddMinutes(-10), "Hello again: we met at the fintech meetup.");

        var result = await app.ImportAsync(user, invitations.BuildBytes());

        Assert.True(result.Succeeded, result.Error);
        var sams = (await app.ContactsOfAsync(user)).Where(c => c.Name == "Sam Lee").ToList();
        var invited = Assert.Single(sams, c => c.State == ConnectionState.Pending);
        Assert.Equal(3, sams.Count);
        Assert.Equal("Hello again: we met at the fintech meetup.", invited.InvitationMessage);
        Assert.True(invited.VettingSignals.HasFlag(VettingSignals.PersonalNote));
    }

    [Fact]
    public async Task Rows_that_cannot_be_read_are_listed_with_their_file_and_line_and_the_rest_is_imported()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "problems@example.com");
        var export = ExportWorld.Full();
        export.Invitations!.Csv.Raw("Zed,Me,yesterday,,INCOMING,https://www.linkedin.com/in/zed,");
        export.Shares!.Csv.Raw("not a date,https://www.linkedin.com/feed/update/urn:li:activity:9/,x,,,");

        var result = await app.ImportAsync(user, export.BuildZip());

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(
            [("Invitations.csv", export.Invitations.Csv.LineOf(4)), ("Shares.csv", export.Shares.Csv.LineOf(2))],
            result.Skipped.Select(p => (p.File!, p.LineNumber)));
        Assert.Equal(2, (await ExportWorld.PostsAsync(app, user)).Count);
    }

    [Fact]
    public async Task A_stray_NUL_character_in_a_name_or_a_message_is_dropped_and_the_export_imports_on_every_provider()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "nul@example.com");
        var export = ExportWorld.Full();
        export.Connections!.WithPerson("Cy\0rus", "Vance", "https://www.linkedin.com/in/cyrus-vance", "", "St\0ate", "Envoy", "3 May 2024");
        export.Messages!.Message("c-cy", "Cy\0rus Vance", "https://www.linkedin.com/in/cyrus-vance", fromThem: true, ExportWorld.Now.AddDays(-3), "Hello\0 there");

        var result = await app.ImportAsync(user, export.BuildZip());

        Assert.True(result.Succeeded, result.Error);
        var cyrus = await ExportWorld.ContactAsync(app, user, "https://www.linkedin.com/in/cyrus-vance");
        Assert.Equal(("Cyrus Vance", "State"), (cyrus.Name, cyrus.Company));
        var message = Assert.Single(await ExportWorld.MessagesAsync(app, user), m => m.ContactId == cyrus.Id);
        Assert.Equal("Hello there", message.Content);
    }

    [Fact]
    public async Task Posts_show_in_the_calendars_history_and_a_draft_with_the_posts_url_is_not_doubled()
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, "poster@example.com");
        var user = await ContactsTestUsers.UserIdAsync(app, "poster@example.com");
        ContentFiles.Write(await ContentFiles.FolderOfAsync(app, user), "great.md", ContentFiles.Draft("title: My take on the great article", "kind: share", "status: ready", "url: https://example.com/great-article"));
        await app.Services.GetRequiredService<ContentLibrary>().ReloadAsync(user);
        await app.ImportAsync(user, ExportWorld.Shares().BuildBytes());

        var html = await client.GetStringAsync("/calendar");

        Assert.Contains("What I learned from 100 sales calls", html, StringComparison.Ordinal);
        Assert.Contains("data-history-quarter", html, StringComparison.Ordinal);
        var plan = await app.AsUserAsync(user, sp => sp.GetRequiredService<ContentCalendar>().BuildAsync(user));
        Assert.DoesNotContain(plan.Plan.Months.SelectMany(m => m.Items), i => i.Item.Url == "https://example.com/great-article" && i.Item.Path != "great.md");
        Assert.Contains(plan.Plan.Months.SelectMany(m => m.Items), i => i.Item.Path == "great.md" && i.Item.Status == Core.Content.ContentStatus.Published);
    }

    [Fact]
    public async Task Deleting_an_imports_messages_removes_them_and_the_last_message_with_them()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "forget@example.com");
        var result = await app.ImportAsync(user, ExportWorld.Full().BuildZip());

        var deleted = await app.AsUserAsync(user, sp => sp.GetRequiredService<ImportHistory>().DeleteMessagesAsync(user, result.Import!.Id));

        Assert.Equal(3, deleted);
        Assert.Empty(await ExportWorld.MessagesAsync(app, user));
        Assert.Null((await ExportWorld.ContactAsync(app, user, ExportWorld.AnaUrl)).LastMessageUtc);
        var history = await app.AsUserAsync(user, sp => sp.GetRequiredService<ImportHistory>().ListAsync(user));
        Assert.NotNull(Assert.Single(history).MessagesDeletedUtc);
    }

    [Fact]
    public async Task Message_and_note_text_never_reach_the_log()
    {
        var logs = new CapturingLoggerProvider();
        using var logged = new TestApp(services: s => s.AddSingleton<ILoggerProvider>(logs));
        var user = await ContactsTestUsers.CreateUserAsync(logged, "private@example.com");

        var result = await logged.ImportAsync(user, ExportWorld.Full().BuildZip());

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains(logs.Lines, line => line.StartsWith("Imported", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("Could we talk next week", StringComparison.Ordinal) || line.Contains("fintech meetup", StringComparison.Ordinal));
    }

    private async Task<(int Contacts, int Messages, int Posts, string States)> SnapshotAsync(string user) =>
        await app.WithDbAsync(async db => (
            await db.Set<Contact>().CountAsync(c => c.OwnerId == user),
            await db.Set<ConversationMessage>().CountAsync(m => m.OwnerId == user),
            await db.Set<ImportedPost>().CountAsync(p => p.OwnerId == user),
            string.Join(",", await db.Set<Contact>().Where(c => c.OwnerId == user).OrderBy(c => c.Id)
                .Select(c => c.State + ":" + c.InvitedOn + ":" + c.FollowUpOn + ":" + c.LastMessageUtc).ToListAsync())));

    public void Dispose() => app.Dispose();
}
