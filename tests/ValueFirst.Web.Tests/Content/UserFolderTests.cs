using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Tests.Contacts;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Content;

/// <summary>
/// Whose drafts are where: the first account keeps the drafts already at the content folder's root (read in place),
/// everyone else gets a folder of their own under users/, named at random; an administrator can point a user at a
/// folder of their choosing; a user's folder is loaded while used and unloaded when idle.
/// </summary>
public sealed class UserFolderTests : IDisposable
{
    private readonly TestApp app = new();

    private ContentLibrary Library => app.Services.GetRequiredService<ContentLibrary>();

    [Fact]
    public async Task The_first_account_keeps_the_drafts_at_the_root_and_the_next_gets_an_empty_folder_of_its_own()
    {
        ContentFiles.Write(app.ContentFolder, "articles/existing.md", ContentFiles.Draft("title: Written before there were users"));
        await AccountSession.RegisterAndSignInAsync(app, "first@example.com");
        await AccountSession.RegisterAndSignInAsync(app, "second.person@example.com");
        var first = await ContactsTestUsers.UserIdAsync(app, "first@example.com");
        var second = await ContactsTestUsers.UserIdAsync(app, "second.person@example.com");

        var firstFolder = await Library.FolderAsync(first);
        var secondFolder = await Library.FolderAsync(second);

        Assert.Equal(UserFolderKind.ContentRoot, firstFolder.Kind);
        Assert.Equal(Path.GetFullPath(app.ContentFolder), firstFolder.Folder.Root);
        Assert.Equal(["articles/existing.md"], (await Library.ItemsAsync(first)).Select(i => i.Path));
        Assert.Equal(UserFolderKind.Own, secondFolder.Kind);
        Assert.Matches(@"^users[/\\][0-9a-f]{20}$", Path.GetRelativePath(app.ContentFolder, secondFolder.Folder.Root));
        Assert.DoesNotContain("second", secondFolder.Folder.Root, StringComparison.OrdinalIgnoreCase);
        Assert.True(Directory.Exists(secondFolder.Folder.Root));
        Assert.Empty(await Library.ItemsAsync(second));
        Assert.Equal(
            [UserFolders.ContentRootName, Path.GetFileName(secondFolder.Folder.Root)],
            await app.WithDbAsync(db => db.Set<ContentSettings>().OrderBy(s => s.FolderName == UserFolders.ContentRootName ? 0 : 1).Select(s => s.FolderName).ToListAsync()));
    }

    [Fact]
    public async Task The_root_drafts_never_include_the_users_folders()
    {
        await AccountSession.RegisterAndSignInAsync(app, "first@example.com");
        await AccountSession.RegisterAndSignInAsync(app, "second@example.com");
        var first = await ContactsTestUsers.UserIdAsync(app, "first@example.com");
        var second = await ContactsTestUsers.UserIdAsync(app, "second@example.com");
        var created = await app.Services.GetRequiredService<DraftStore>().CreateAsync(second, new ValueFirst.Core.Content.DraftFields("Second's own", ValueFirst.Core.Content.ContentKind.Article, ValueFirst.Core.Content.ContentStatus.Idea, null, [], null, null), "Mine.");

        Assert.Equal(["articles/seconds-own.md"], (await Library.ItemsAsync(second)).Select(i => i.Path));
        Assert.Empty(await Library.ItemsAsync(first));
        Assert.Equal("articles/seconds-own.md", created.Path);
    }

    [Fact]
    public async Task An_existing_install_whose_only_account_predates_the_administrator_role_keeps_its_drafts()
    {
        ContentFiles.Write(app.ContentFolder, "old.md", ContentFiles.Draft("title: From the single-user days"));
        var only = await ContactsTestUsers.CreateUserAsync(app, "only@example.com");
        // Its settings row exists from before (a feed subscribed to), without a folder yet.
        var token = (await app.Services.CreateScope().ServiceProvider.GetRequiredService<ContentSettingsService>().GetAsync(only)).FeedToken;

        var folder = await Library.FolderAsync(only);

        Assert.Equal(UserFolderKind.ContentRoot, folder.Kind);
        Assert.Equal(["old.md"], (await Library.ItemsAsync(only)).Select(i => i.Path));
        Assert.Equal(token, await app.WithDbAsync(db => db.Set<ContentSettings>().Where(s => s.UserId == only).Select(s => s.FeedToken).SingleAsync()));
    }

    [Fact]
    public async Task Folders_stay_with_their_users_after_a_restart()
    {
        await AccountSession.RegisterAndSignInAsync(app, "first@example.com");
        await AccountSession.RegisterAndSignInAsync(app, "second@example.com");
        var second = await ContactsTestUsers.UserIdAsync(app, "second@example.com");
        var before = (await Library.FolderAsync(second)).Folder.Root;

        using var restarted = new TestApp(app.Folder);
        var after = (await restarted.Services.GetRequiredService<ContentLibrary>().FolderAsync(second)).Folder.Root;

        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_folder_configured_for_an_email_is_that_users_and_only_theirs()
    {
        var checkout = Directory.CreateTempSubdirectory("valuefirst-checkout-").FullName;
        try
        {
            ContentFiles.Write(checkout, "posts/from-git.md", ContentFiles.Draft("title: Kept in git"));
            using var configured = new TestApp(settings: new Dictionary<string, string?> { ["Content:UserFolders:Carol@Example.com"] = checkout });
            await AccountSession.RegisterAndSignInAsync(configured, "first@example.com");
            var carolClient = await AccountSession.RegisterAndSignInAsync(configured, "carol@example.com");
            var carol = await ContactsTestUsers.UserIdAsync(configured, "carol@example.com");
            var first = await ContactsTestUsers.UserIdAsync(configured, "first@example.com");
            var library = configured.Services.GetRequiredService<ContentLibrary>();

            Assert.Equal(UserFolderKind.Configured, (await library.FolderAsync(carol)).Kind);
            Assert.Equal(["posts/from-git.md"], (await library.ItemsAsync(carol)).Select(i => i.Path));
            Assert.Empty(await library.ItemsAsync(first));
            Assert.Contains("Kept in git", await carolClient.GetStringAsync("/calendar"), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(checkout, recursive: true);
        }
    }

    [Theory]
    [InlineData("relative/folder", "must be an absolute folder path")]
    [InlineData("{content}", "holds or is inside the users' folders")]
    [InlineData("{content}/users/abc", "holds or is inside the users' folders")]
    public void A_configured_folder_that_would_mix_users_stops_the_app_naming_the_key(string folder, string message)
    {
        using var probe = new TestApp();
        var value = folder.Replace("{content}", probe.ContentFolder, StringComparison.Ordinal);
        using var bad = new TestApp(probe.Folder, new Dictionary<string, string?> { ["Content:UserFolders:dan@example.com"] = value });

        var error = Assert.ThrowsAny<Exception>(() => bad.Services);

        Assert.Contains("Content:UserFolders:dan@example.com", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_the_sample_drafts_copies_the_repositorys_samples_into_that_users_folder_only()
    {
        await AccountSession.RegisterAndSignInAsync(app, "first@example.com");
        await AccountSession.RegisterAndSignInAsync(app, "second@example.com");
        var first = await ContactsTestUsers.UserIdAsync(app, "first@example.com");
        var second = await ContactsTestUsers.UserIdAsync(app, "second@example.com");
        var samples = Directory.GetFiles(DraftStore.SampleDraftsFolder, "*.md", SearchOption.AllDirectories).Length;

        var added = await app.Services.GetRequiredService<DraftStore>().AddSampleDraftsAsync(second);
        var again = await app.Services.GetRequiredService<DraftStore>().AddSampleDraftsAsync(second);

        Assert.True(samples >= 5);
        Assert.Equal(samples, added);
        Assert.Equal(0, again);
        Assert.Equal(samples, (await Library.ItemsAsync(second)).Count);
        Assert.Empty(await Library.ItemsAsync(first));
        Assert.Empty(Directory.GetFiles(app.ContentFolder, "*.md", SearchOption.TopDirectoryOnly));
    }

    [Fact]
    public async Task A_folder_nobody_uses_is_unloaded_and_one_a_page_watches_stays()
    {
        await AccountSession.RegisterAndSignInAsync(app, "first@example.com");
        await AccountSession.RegisterAndSignInAsync(app, "second@example.com");
        var first = await ContactsTestUsers.UserIdAsync(app, "first@example.com");
        var second = await ContactsTestUsers.UserIdAsync(app, "second@example.com");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var library = new ContentLibrary(app.Services.GetRequiredService<IServiceScopeFactory>(), clock, NullLogger<ContentLibrary>.Instance);
        await library.ItemsAsync(first);
        using var watching = await library.SubscribeAsync(second, () => { });

        clock.Advance(ContentLibrary.IdleAfter + TimeSpan.FromMinutes(2));

        Assert.Equal(1, library.LoadedFolders);
        ContentFiles.Write(app.ContentFolder, "later.md", ContentFiles.Draft("title: Written while unloaded"));
        Assert.Equal(["later.md"], (await library.ItemsAsync(first)).Select(i => i.Path));
        Assert.Equal(2, library.LoadedFolders);
    }

    [Fact]
    public async Task The_feed_of_the_first_account_holds_the_root_drafts_and_a_new_users_holds_none()
    {
        ContentFiles.Write(app.ContentFolder, "dated.md", ContentFiles.Draft("title: Root draft", "date: 2030-03-12"));
        await AccountSession.RegisterAndSignInAsync(app, "first@example.com");
        await AccountSession.RegisterAndSignInAsync(app, "second@example.com");
        var tokens = new List<string>();
        foreach (var email in new[] { "first@example.com", "second@example.com" })
        {
            var user = await ContactsTestUsers.UserIdAsync(app, email);
            tokens.Add((await app.Services.CreateScope().ServiceProvider.GetRequiredService<ContentSettingsService>().GetAsync(user)).FeedToken);
        }

        var feeds = new List<string>();
        foreach (var token in tokens)
        {
            var response = await app.CreateClient().GetAsync($"/calendar/{token}.ics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            feeds.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Contains("Root draft", feeds[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Root draft", feeds[1], StringComparison.Ordinal);
    }

    public void Dispose() => app.Dispose();
}
