using System.Text;
using ValueFirst.Core.Content;
using static ValueFirst.Core.Tests.Content.DraftText;

namespace ValueFirst.Core.Tests.Content;

public sealed class ContentFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("valuefirst-content-").FullName;

    private ContentFolder Folder => new(root);

    private string Write(string relative, string text, bool bom = false)
    {
        var full = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(bom));
        return full;
    }

    [Fact]
    public void Broken_files_are_reported_and_the_others_still_load()
    {
        Write("a/good.md", FrontMatter("title: Good"));
        Write("b/unclosed.md", Lines("---", "title: x"));
        Write("c/yaml.md", FrontMatter("title: [oops"));
        Write("d/date.md", FrontMatter("title: D", "date: soon"));
        Write("e/kind.md", FrontMatter("title: K", "kind: video"));
        Write("nested/deeper/ok.md", Crlf(FrontMatter("title: Deep")), bom: true);

        var snapshot = ContentFolder.Load(root);

        Assert.Equal(["a/good.md", "nested/deeper/ok.md"], snapshot.Items.Select(i => i.Path));
        Assert.Equal(["b/unclosed.md", "c/yaml.md", "d/date.md", "e/kind.md"], snapshot.Problems.Select(p => p.Path));
        Assert.True(snapshot.HasErrors);
    }

    [Fact]
    public void A_draft_that_is_not_utf8_is_still_read_and_gets_a_warning_naming_the_file_and_line()
    {
        var latin1 = Encoding.Latin1.GetBytes(Lines("---", "title: Caf\u00e9 culture", "---", "", "Body"));
        File.WriteAllBytes(Path.Combine(root, "cafe.md"), latin1);
        Write("fine.md", FrontMatter("title: Caf\u00e9 \u2615"));

        var snapshot = ContentFolder.Load(root);

        Assert.Equal(["cafe.md", "fine.md"], snapshot.Items.Select(i => i.Path));
        Assert.Equal("Caf\uFFFD culture", snapshot.Items[0].Title);
        var problem = Assert.Single(snapshot.Problems);
        Assert.Equal(("cafe.md", 2, ProblemSeverity.Warning), (problem.Path, problem.Line, problem.Severity));
        Assert.Contains("not valid UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.False(snapshot.HasErrors);
    }

    [Fact]
    public void Hidden_folders_and_other_files_are_ignored()
    {
        Write(".git/x.md", FrontMatter("title: Hidden"));
        Write("notes.txt", "not a draft");
        Write("post.markdown", FrontMatter("title: Long extension"));

        Assert.Equal(["post.markdown"], ContentFolder.Load(root).Items.Select(i => i.Path));
    }

    [Fact]
    public void Missing_folder_loads_as_empty()
    {
        Assert.Empty(ContentFolder.Load(Path.Combine(root, "missing")).Items);
    }

    [Fact]
    public void Reserved_folders_are_neither_loaded_nor_resolved_in_any_case()
    {
        Write("mine.md", FrontMatter("title: Mine"));
        Write("articles/also-mine.md", FrontMatter("title: Also mine"));
        Write("users/abc123/theirs.md", FrontMatter("title: Theirs"));
        var folder = new ContentFolder(root, ["users"]);

        Assert.Equal(["articles/also-mine.md", "mine.md"], folder.Load().Items.Select(i => i.Path));
        Assert.False(folder.TryResolve("users/abc123/theirs.md", out _));
        Assert.False(folder.TryResolve("Users/abc123/theirs.md", out _));
        Assert.False(folder.TryResolveNew("users/abc123/new.md", out _));
        Assert.Null(folder.ReadText("users/abc123/theirs.md"));
        Assert.Equal(DraftWriteStatus.NotFound, folder.Update("users/abc123/theirs.md", t => t + "x").Status);
        Assert.Equal(DraftWriteStatus.Refused, folder.Create("users/abc123/new.md", "x").Status);
        Assert.Equal(FrontMatter("title: Theirs"), File.ReadAllText(Path.Combine(root, "users/abc123/theirs.md")));
    }

    [Theory]
    [InlineData("../outside.md")]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../outside.md")]
    [InlineData("a/../post.md")]
    [InlineData("./post.md")]
    [InlineData("a//post.md")]
    [InlineData("a\\post.md")]
    [InlineData(".git/x.md")]
    [InlineData("notes.txt")]
    [InlineData("missing.md")]
    [InlineData("")]
    public void Paths_outside_the_folder_or_not_drafts_are_refused(string relative)
    {
        Write("post.md", FrontMatter("title: Post"));
        Write(".git/x.md", FrontMatter("title: Hidden"));
        Write("notes.txt", "x");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(root)!, "outside.md"), "x");

        Assert.False(Folder.TryResolve(relative, out _));
        Assert.Null(relative.Length == 0 ? null : Folder.ReadText(relative));
        Assert.Null(Folder.Open(relative, out var problem));
        Assert.NotNull(problem);
    }

    [Theory]
    [InlineData("../escaped.md")]
    [InlineData("/tmp/escaped.md")]
    [InlineData("a/../../escaped.md")]
    [InlineData(".hidden/new.md")]
    [InlineData("new.txt")]
    public void New_drafts_cannot_be_created_outside_the_folder(string relative)
    {
        var result = Folder.Create(relative, FrontMatter("title: Escaped"));

        Assert.Equal(DraftWriteStatus.Refused, result.Status);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(root)!, "escaped.md")));
        Assert.False(File.Exists("/tmp/escaped.md"));
    }

    [Fact]
    public void Linked_files_and_folders_are_not_read_followed_or_written_through()
    {
        var outside = Directory.CreateTempSubdirectory("valuefirst-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.md"), FrontMatter("title: Outside secret"));
            Write("own.md", FrontMatter("title: Own"));
            File.CreateSymbolicLink(Path.Combine(root, "linked.md"), Path.Combine(outside, "secret.md"));
            Directory.CreateSymbolicLink(Path.Combine(root, "linked-folder"), outside);
            Directory.CreateDirectory(Path.Combine(root, "real"));
            Directory.CreateSymbolicLink(Path.Combine(root, "real", "deeper"), outside);

            Assert.Equal(["own.md"], Folder.Load().Items.Select(i => i.Path));
            foreach (var path in new[] { "linked.md", "linked-folder/secret.md", "real/deeper/secret.md" })
            {
                Assert.False(Folder.TryResolve(path, out _), path);
                Assert.Null(Folder.ReadText(path));
                Assert.Equal(DraftWriteStatus.NotFound, Folder.Update(path, _ => "overwritten").Status);
            }

            Assert.Equal(DraftWriteStatus.Refused, Folder.Create("linked-folder/new.md", FrontMatter("title: New")).Status);
            Assert.Equal(DraftWriteStatus.Refused, Folder.Create("linked.md", FrontMatter("title: New")).Status);
            Assert.Equal(["secret.md"], Directory.GetFiles(outside).Select(Path.GetFileName));
            Assert.Equal(FrontMatter("title: Outside secret"), File.ReadAllText(Path.Combine(outside, "secret.md")));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void Update_keeps_every_other_byte_including_bom_and_crlf()
    {
        var original = Crlf(Lines("---", "title: Café", "status: ready", "---", "", "Body — with ünïcode", "no newline at end")).TrimEnd('\r', '\n');
        Write("post.md", original, bom: true);

        var result = Folder.Update("post.md", text => FrontMatterWriter.Apply(text, [FrontMatterChange.SetDate("date", new DateOnly(2027, 2, 2))]));

        Assert.Equal(DraftWriteStatus.Written, result.Status);
        var bytes = File.ReadAllBytes(Path.Combine(root, "post.md"));
        var expected = new byte[] { 0xEF, 0xBB, 0xBF }
            .Concat(Encoding.UTF8.GetBytes(original.Replace("status: ready\r\n", "status: ready\r\ndate: 2027-02-02\r\n")))
            .ToArray();
        Assert.Equal(expected, bytes);
        Assert.Equal(ContentFolder.VersionOf(bytes), result.Version);
    }

    [Fact]
    public void Update_of_unclosed_front_matter_is_refused_with_the_reason_and_writes_nothing()
    {
        var full = Write("open.md", Lines("---", "title: T"));

        var result = Folder.Update("open.md", text => FrontMatterWriter.Apply(text, [FrontMatterChange.Set("status", "ready")]));

        Assert.Equal(DraftWriteStatus.Refused, result.Status);
        Assert.Contains("not closed", result.Message);
        Assert.Equal(Lines("---", "title: T"), File.ReadAllText(full));
    }

    [Fact]
    public void Save_replaces_the_file_by_rename_so_an_open_reader_keeps_the_whole_old_text()
    {
        var full = Write("post.md", FrontMatter("title: Old") + new string('o', 50_000));
        var opened = Folder.Open("post.md", out _)!;
        using var reader = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

        var result = Folder.Save("post.md", FrontMatter("title: New"), withBom: false, opened.Version);

        Assert.Equal(DraftWriteStatus.Written, result.Status);
        // A write in place would have truncated the file under the open handle; a rename leaves it the old file.
        using var old = new StreamReader(reader);
        Assert.Equal(FrontMatter("title: Old") + new string('o', 50_000), old.ReadToEnd());
        Assert.Equal(FrontMatter("title: New"), File.ReadAllText(full));
        Assert.Equal(["post.md"], Directory.GetFiles(root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Readers_during_many_saves_only_ever_see_a_whole_version()
    {
        var a = FrontMatter("title: Version A") + new string('a', 200_000);
        var b = FrontMatter("title: Version B") + new string('b', 100_000);
        var full = Write("post.md", a);
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(() =>
        {
            var torn = 0;
            while (!stop.IsCancellationRequested)
            {
                var text = File.ReadAllText(full);
                if (text != a && text != b)
                {
                    torn++;
                }
            }

            return torn;
        });

        for (var i = 0; i < 200; i++)
        {
            var current = Folder.Open("post.md", out _)!;
            Assert.Equal(DraftWriteStatus.Written, Folder.Save("post.md", i % 2 == 0 ? b : a, withBom: false, current.Version).Status);
        }

        stop.Cancel();
        Assert.Equal(0, await reader);
    }

    [Fact]
    public void Save_is_refused_when_the_file_changed_since_it_was_opened_and_the_change_is_kept()
    {
        var full = Write("post.md", FrontMatter("title: Opened"));
        var opened = Folder.Open("post.md", out _)!;
        File.WriteAllText(full, FrontMatter("title: Changed by git pull"));

        var result = Folder.Save("post.md", FrontMatter("title: Mine"), withBom: false, opened.Version);

        Assert.Equal(DraftWriteStatus.Changed, result.Status);
        Assert.Equal(FrontMatter("title: Changed by git pull"), result.Current!.Text);
        Assert.Equal(FrontMatter("title: Changed by git pull"), File.ReadAllText(full));
        Assert.Equal(DraftWriteStatus.Written, Folder.Save("post.md", FrontMatter("title: Mine"), withBom: false, result.Current.Version).Status);
        Assert.Equal(FrontMatter("title: Mine"), File.ReadAllText(full));
    }

    [Fact]
    public void Open_gives_the_text_without_the_bom_and_refuses_a_file_that_is_not_utf8()
    {
        Write("bom.md", FrontMatter("title: Bom"), bom: true);
        File.WriteAllBytes(Path.Combine(root, "latin1.md"), [.. Encoding.ASCII.GetBytes("---\ntitle: Caf"), 0xE9, .. Encoding.ASCII.GetBytes("\n---\n")]);

        var bom = Folder.Open("bom.md", out _)!;
        var latin1 = Folder.Open("latin1.md", out var problem);

        Assert.True(bom.HasBom);
        Assert.Equal(FrontMatter("title: Bom"), bom.Text);
        Assert.Null(latin1);
        Assert.Contains("not UTF-8", problem);
    }

    [Fact]
    public void Create_makes_the_folders_and_never_replaces_a_file()
    {
        var first = Folder.Create("articles/2027/new.md", FrontMatter("title: First"));
        var second = Folder.Create("articles/2027/new.md", FrontMatter("title: Second"));

        Assert.Equal(DraftWriteStatus.Written, first.Status);
        Assert.Equal(DraftWriteStatus.Exists, second.Status);
        Assert.Equal(FrontMatter("title: First"), File.ReadAllText(Path.Combine(root, "articles/2027/new.md")));
    }

    [Fact]
    public void Copying_drafts_keeps_their_bytes_and_skips_those_already_there()
    {
        var source = Directory.CreateTempSubdirectory("valuefirst-samples-").FullName;
        try
        {
            var sample = WithBom(Crlf(FrontMatter("title: Sample")));
            Directory.CreateDirectory(Path.Combine(source, "articles"));
            File.WriteAllText(Path.Combine(source, "articles", "sample.md"), sample);
            File.WriteAllText(Path.Combine(source, "articles", "kept.md"), FrontMatter("title: Sample version"));
            File.WriteAllText(Path.Combine(source, "readme.txt"), "not a draft");
            Write("articles/kept.md", FrontMatter("title: My version"));

            var copied = Folder.CopyDraftsFrom(source);

            Assert.Equal(1, copied);
            Assert.Equal(Encoding.UTF8.GetBytes(sample), File.ReadAllBytes(Path.Combine(root, "articles", "sample.md")));
            Assert.Equal(FrontMatter("title: My version"), File.ReadAllText(Path.Combine(root, "articles", "kept.md")));
            Assert.False(File.Exists(Path.Combine(root, "readme.txt")));
        }
        finally
        {
            Directory.Delete(source, recursive: true);
        }
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
