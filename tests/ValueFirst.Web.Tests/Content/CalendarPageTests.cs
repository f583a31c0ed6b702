using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Web.Features.Content;
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
        var library = app.Services.GetRequiredService<ContentLibrary>();
        library.Reload();

        Assert.True(library.AcceptDate("undated.md", new DateOnly(2030, 6, 4)));

        Assert.Equal("---\r\ntitle: Undated\r\nstatus: ready\r\ndate: 2030-06-04\r\n---\r\n\r\nBody\r\n", await File.ReadAllTextAsync(file));
        Assert.Equal(new DateOnly(2030, 6, 4), library.Current.Find("undated.md")!.Date);
    }

    [Fact]
    public void Accept_refuses_paths_the_library_did_not_load()
    {
        var library = app.Services.GetRequiredService<ContentLibrary>();

        Assert.False(library.AcceptDate("../outside.md", new DateOnly(2030, 6, 4)));
    }

    [Fact]
    public async Task Edited_file_shows_up_without_a_restart()
    {
        var library = app.Services.GetRequiredService<ContentLibrary>();
        var changed = new TaskCompletionSource();
        library.Changed += () => changed.TrySetResult();

        ContentFiles.Write(app.ContentFolder, "new.md", ContentFiles.Draft("title: Appears by itself"));

        // The watcher's debounced reload raises Changed; the generous wait only bounds a broken watcher.
        await changed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.NotNull(library.Current.Find("new.md"));
    }

    public void Dispose() => app.Dispose();
}
