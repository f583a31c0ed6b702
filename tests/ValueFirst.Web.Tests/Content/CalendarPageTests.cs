using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Tests.Contacts;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Content;

[Trait(BothProviders.Trait, BothProviders.Value)]
public sealed class CalendarPageTests : IDisposable
{
    private readonly TestApp app = new();

    [Fact]
    public async Task Calendar_lists_a_broken_files_problem_with_its_line_and_still_shows_the_others()
    {
        ContentFiles.Write(app.ContentFolder, "ok.md", ContentFiles.Draft("title: Healthy draft", "date: 2030-02-05"));
        ContentFiles.Write(app.ContentFolder, "broken/bad.md", ContentFiles.Draft("title: Broken", "status: finished"));
        var client = await AccountSession.RegisterAndSignInAsync(app, "page@example.com");

        var html = await client.GetStringAsync("/calendar");

        Assert.Contains("broken/bad.md:3", html);
        Assert.Contains("unknown status", html);
    }

    [Fact]
    public async Task Empty_folder_explains_how_to_add_a_draft()
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, "empty@example.com");

        var html = await client.GetStringAsync("/calendar");

        Assert.Contains("No drafts yet", html);
    }

    [Fact]
    public async Task Accepting_a_suggestion_writes_the_date_into_the_file_and_reloads_the_plan()
    {
        var file = ContentFiles.Write(app.ContentFolder, "undated.md", "---\r\ntitle: Undated\r\nstatus: ready\r\n---\r\n\r\nBody\r\n");
        await AccountSession.RegisterAndSignInAsync(app, "accept@example.com");
        var user = await ContactsTestUsers.UserIdAsync(app, "accept@example.com");
        var library = app.Services.GetRequiredService<ContentLibrary>();
        await library.SnapshotAsync(user);

        Assert.True(await app.Services.GetRequiredService<DraftStore>().AcceptDateAsync(user, "undated.md", new DateOnly(2030, 6, 4)));

        Assert.Equal("---\r\ntitle: Undated\r\nstatus: ready\r\ndate: 2030-06-04\r\n---\r\n\r\nBody\r\n", await File.ReadAllTextAsync(file));
        Assert.Equal(new DateOnly(2030, 6, 4), (await library.SnapshotAsync(user)).Find("undated.md")!.Date);
    }

    [Fact]
    public async Task Accept_refuses_paths_the_library_did_not_load()
    {
        await AccountSession.RegisterAndSignInAsync(app, "refuse@example.com");
        var user = await ContactsTestUsers.UserIdAsync(app, "refuse@example.com");

        Assert.False(await app.Services.GetRequiredService<DraftStore>().AcceptDateAsync(user, "../outside.md", new DateOnly(2030, 6, 4)));
    }

    [Fact]
    public async Task Edited_file_shows_up_without_a_restart()
    {
        await AccountSession.RegisterAndSignInAsync(app, "watch@example.com");
        var user = await ContactsTestUsers.UserIdAsync(app, "watch@example.com");
        var library = app.Services.GetRequiredService<ContentLibrary>();
        var changed = new TaskCompletionSource();
        using var subscription = await library.SubscribeAsync(user, () => changed.TrySetResult());

        ContentFiles.Write(app.ContentFolder, "new.md", ContentFiles.Draft("title: Appears by itself"));

        // The watcher's debounced reload raises Changed; the generous wait only bounds a broken watcher.
        await changed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.NotNull((await library.SnapshotAsync(user)).Find("new.md"));
    }

    [Fact]
    public async Task A_new_users_empty_calendar_offers_the_editor_and_the_sample_drafts_and_shows_no_server_path()
    {
        ContentFiles.Write(app.ContentFolder, "first-accounts.md", ContentFiles.Draft("title: The first account's draft"));
        await AccountSession.RegisterAndSignInAsync(app, "first@example.com");
        var second = await AccountSession.RegisterAndSignInAsync(app, "second@example.com");

        var html = await second.GetStringAsync("/calendar");

        Assert.Contains("No drafts yet", html);
        Assert.Contains("Add the sample drafts", html);
        Assert.Contains("href=\"calendar/new\"", html);
        Assert.DoesNotContain("The first account&#x27;s draft", html);
        Assert.DoesNotContain(app.ContentFolder, html);
    }

    public void Dispose() => app.Dispose();
}
