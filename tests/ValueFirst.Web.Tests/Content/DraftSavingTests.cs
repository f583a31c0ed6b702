using System.Text;
using Bogus;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Content;
using ValueFirst.Testing.Content;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Tests.Contacts;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Content;

/// <summary>
/// Saving from the editor through <see cref="DraftStore"/> on real files: atomic, refused when the file changed since it
/// was opened (nothing lost either way), and every byte nobody edited kept — unknown keys, comments, key order, CRLF,
/// the byte order mark — on the repository's sample drafts and on generated front matter.
/// </summary>
public sealed class DraftSavingTests : IAsyncLifetime
{
    private readonly TestApp app = new();
    private string user = "";
    private string folder = "";

    private DraftStore Drafts => app.Services.GetRequiredService<DraftStore>();

    public async Task InitializeAsync()
    {
        await AccountSession.RegisterAndSignInAsync(app, "writer@example.com");
        user = await ContactsTestUsers.UserIdAsync(app, "writer@example.com");
        folder = await ContentFiles.FolderOfAsync(app, user);
    }

    private async Task<DraftOpened> WriteAndOpenAsync(string path, byte[] bytes)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, bytes);
        await app.Services.GetRequiredService<ContentLibrary>().ReloadAsync(user);
        var opened = await Drafts.OpenAsync(user, path);
        Assert.True(opened.Draft is not null, opened.Problem);
        return opened.Draft!;
    }

    private static byte[] Bytes(string text, bool bom) =>
        [.. bom ? new byte[] { 0xEF, 0xBB, 0xBF } : [], .. new UTF8Encoding(false).GetBytes(text)];

    [Fact]
    public async Task A_save_replaces_the_file_in_one_rename_and_leaves_no_temporary_file()
    {
        var opened = await WriteAndOpenAsync("post.md", Bytes("---\ntitle: Before\n---\n\n" + new string('b', 100_000) + "\n", bom: false));
        var full = Path.Combine(folder, "post.md");
        using var reader = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

        var saved = await Drafts.SaveAsync(user, "post.md", opened.File, opened.Fields with { Title = "After" }, "Short now.");

        Assert.Equal(DraftSaveStatus.Saved, saved.Status);
        // A reader that had the file open still reads the whole old file: it was replaced, not rewritten in place.
        Assert.StartsWith("---\ntitle: Before\n", await new StreamReader(reader).ReadToEndAsync(), StringComparison.Ordinal);
        Assert.Equal("---\ntitle: After\n---\n\nShort now.\n", await File.ReadAllTextAsync(full));
        Assert.Equal(["post.md"], Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.Equal(ContentFolder.VersionOf(await File.ReadAllBytesAsync(full)), saved.Saved!.Version);
    }

    [Fact]
    public async Task A_file_changed_on_disk_since_it_was_opened_is_not_overwritten_and_both_versions_come_back()
    {
        var opened = await WriteAndOpenAsync("post.md", Bytes("---\ntitle: Opened\n---\n\nOld text.\n", bom: false));
        var full = Path.Combine(folder, "post.md");
        await File.WriteAllTextAsync(full, "---\ntitle: Opened\nseries: added by git pull\n---\n\nTheir text.\n");

        var refused = await Drafts.SaveAsync(user, "post.md", opened.File, opened.Fields with { Status = ContentStatus.Ready }, "My text.");

        Assert.Equal(DraftSaveStatus.Conflict, refused.Status);
        Assert.Equal("---\ntitle: Opened\nseries: added by git pull\n---\n\nTheir text.\n", await File.ReadAllTextAsync(full));
        Assert.Equal("---\ntitle: Opened\nseries: added by git pull\n---\n\nTheir text.\n", refused.OnDisk!.Text);
        Assert.Equal("---\ntitle: Opened\nstatus: ready\n---\n\nMy text.\n", refused.Mine);

        // Keeping mine writes the form over the version on disk: my fields and text, the key added meanwhile kept.
        var kept = await Drafts.SaveAsync(user, "post.md", refused.OnDisk, opened.Fields with { Status = ContentStatus.Ready }, "My text.");

        Assert.Equal(DraftSaveStatus.Saved, kept.Status);
        Assert.Equal("---\ntitle: Opened\nseries: added by git pull\nstatus: ready\n---\n\nMy text.\n", await File.ReadAllTextAsync(full));
    }

    [Fact]
    public async Task A_second_tab_saving_over_the_first_tabs_save_is_refused()
    {
        var first = await WriteAndOpenAsync("post.md", Bytes("---\ntitle: Shared\n---\n\nText.\n", bom: false));
        var second = (await Drafts.OpenAsync(user, "post.md")).Draft!;

        var one = await Drafts.SaveAsync(user, "post.md", first.File, first.Fields, "From tab one.");
        var two = await Drafts.SaveAsync(user, "post.md", second.File, second.Fields, "From tab two.");

        Assert.Equal(DraftSaveStatus.Saved, one.Status);
        Assert.Equal(DraftSaveStatus.Conflict, two.Status);
        Assert.Contains("From tab one.", await File.ReadAllTextAsync(Path.Combine(folder, "post.md")), StringComparison.Ordinal);
    }

    public static TheoryData<string, bool, bool> SampleVariants()
    {
        var data = new TheoryData<string, bool, bool>();
        foreach (var (path, _) in SampleDrafts.All())
        {
            data.Add(path, false, false);
            data.Add(path, true, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleVariants))]
    public async Task A_sample_draft_saved_unchanged_is_byte_for_byte_the_same_and_a_changed_title_changes_one_line(string sample, bool crlf, bool bom)
    {
        var text = SampleDrafts.All().Single(s => s.Path == sample).Text;
        text = crlf ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text;
        var original = Bytes(text, bom);
        var opened = await WriteAndOpenAsync(sample, original);
        var full = Path.Combine(folder, sample);

        var unchanged = await Drafts.SaveAsync(user, sample, opened.File, opened.Fields, opened.Body);

        Assert.Equal(DraftSaveStatus.Saved, unchanged.Status);
        Assert.Equal(original, await File.ReadAllBytesAsync(full));

        var retitled = await Drafts.SaveAsync(user, sample, unchanged.Saved!, opened.Fields with { Title = "A new title: with a colon" }, opened.Body);

        Assert.Equal(DraftSaveStatus.Saved, retitled.Status);
        var before = text.Split('\n');
        var after = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(full)).TrimStart('\uFEFF').Split('\n');
        Assert.Equal(before.Length, after.Length);
        var changed = Assert.Single(Enumerable.Range(0, before.Length), i => before[i] != after[i]);
        Assert.Equal("title: \"A new title: with a colon\"" + (crlf ? "\r" : ""), after[changed]);
        Assert.Equal(bom, (await File.ReadAllBytesAsync(full)).AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
    }

    [Theory]
    [InlineData(41)]
    [InlineData(42)]
    public async Task Generated_front_matter_keeps_unknown_keys_comments_line_endings_and_bom_through_a_save(int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        for (var i = 0; i < 40; i++)
        {
            var generated = GeneratedDrafts.Draft(faker);
            var bom = generated.StartsWith('\uFEFF');
            var text = generated.TrimStart('\uFEFF');
            var path = $"generated/draft-{i:00}.md";
            var opened = await WriteAndOpenAsync(path, Bytes(text, bom));
            var before = DraftParser.Parse(path, text).Item!;

            var unchanged = await Drafts.SaveAsync(user, path, opened.File, opened.Fields, opened.Body);
            Assert.Equal(Bytes(text, bom), await File.ReadAllBytesAsync(Path.Combine(folder, path)));

            var after = opened.Fields with { Status = ContentStatus.Ready, Tags = ["saved", "again"], Date = new DateOnly(2027, 5, 4) };
            var saved = await Drafts.SaveAsync(user, path, unchanged.Saved!, after, opened.Body + "\nAdded line.\n");

            Assert.Equal(DraftSaveStatus.Saved, saved.Status);
            var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, path));
            var written = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
            var item = DraftParser.Parse(path, written).Item!;
            Assert.True(DraftFields.Of(item).SameAs(after), written);
            Assert.Equal(before.Extra, item.Extra);
            Assert.Equal(bom, bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
            var crlf = text.Contains("\r\n", StringComparison.Ordinal);
            Assert.Equal(crlf, written.Contains("\r\n", StringComparison.Ordinal));
            Assert.Equal(crlf ? written.Count(c => c == '\n') : 0, written.Split("\r\n").Length - 1);
            // Comments between keys stay; only a comment inside the replaced tag list goes with it.
            var frontMatter = text[..text.IndexOf("\n---", 3, StringComparison.Ordinal)];
            foreach (var comment in frontMatter.Split('\n').Where(l => l.StartsWith("# ", StringComparison.Ordinal) && !l.StartsWith("# about the next one", StringComparison.Ordinal)))
            {
                Assert.Contains(comment, written, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task New_drafts_are_named_after_their_title_and_never_replace_one_another()
    {
        var fields = new DraftFields("Give first", ContentKind.Article, ContentStatus.Idea, new DateOnly(2027, 3, 2), ["networking"], null, null);

        var first = await Drafts.CreateAsync(user, fields, "One.");
        var second = await Drafts.CreateAsync(user, fields, "Two.");

        Assert.Equal("articles/give-first.md", first.Path);
        Assert.Equal("articles/give-first-2.md", second.Path);
        Assert.Contains("One.", await File.ReadAllTextAsync(Path.Combine(folder, first.Path!)), StringComparison.Ordinal);
        Assert.Equal(2, (await app.Services.GetRequiredService<ContentLibrary>().ItemsAsync(user)).Count);
    }

    [Fact]
    public async Task Marking_published_sets_status_date_and_url_in_one_write_and_the_quarter_counts_it_at_once()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await WriteAndOpenAsync("articles/done.md", Bytes("---\r\ntitle: Done\r\nstatus: ready\r\nx-keep: yes # comment\r\n---\r\n\r\nBody.\r\n", bom: true));
        using var scope = app.Services.CreateScope();
        var calendar = scope.ServiceProvider.GetRequiredService<ContentCalendar>();
        Assert.NotEqual(QuarterState.Met, (await calendar.BuildAsync(user)).Plan.CurrentQuarter.State);

        var refused = await Drafts.MarkPublishedAsync(user, "articles/done.md", today, "javascript:alert(1)");
        var marked = await Drafts.MarkPublishedAsync(user, "articles/done.md", today, "https://www.linkedin.com/pulse/done");

        Assert.Equal(DraftSaveStatus.Refused, refused.Status);
        Assert.Equal(DraftSaveStatus.Saved, marked.Status);
        Assert.Equal(
            Bytes($"---\r\ntitle: Done\r\nstatus: published\r\nx-keep: yes # comment\r\ndate: {today:yyyy-MM-dd}\r\nurl: https://www.linkedin.com/pulse/done\r\n---\r\n\r\nBody.\r\n", bom: true),
            await File.ReadAllBytesAsync(Path.Combine(folder, "articles/done.md")));
        var plan = (await calendar.BuildAsync(user)).Plan;
        Assert.Equal(QuarterState.Met, plan.CurrentQuarter.State);
        Assert.Equal(MonthState.Own, plan.Months.Single(m => m.Month == CalendarMonth.Of(today)).State);
    }

    [Fact]
    public async Task A_draft_whose_front_matter_the_editor_cannot_change_in_place_is_refused_with_the_reason()
    {
        var opened = await WriteAndOpenAsync("flow.md", Bytes("---\n{title: Flow, status: draft}\n---\n\nBody.\n", bom: false));

        var refused = await Drafts.SaveAsync(user, "flow.md", opened.File, opened.Fields with { Status = ContentStatus.Ready }, opened.Body);

        Assert.Equal(DraftSaveStatus.Refused, refused.Status);
        Assert.Contains("edit the file itself", refused.Message, StringComparison.Ordinal);
        Assert.Equal("---\n{title: Flow, status: draft}\n---\n\nBody.\n", await File.ReadAllTextAsync(Path.Combine(folder, "flow.md")));
    }

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }
}
