using System.Text;
using ValueFirst.Core.Content;
using static ValueFirst.Core.Tests.Content.DraftText;

namespace ValueFirst.Core.Tests.Content;

public sealed class ContentFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("valuefirst-content-").FullName;

    private void Write(string relative, string text, bool bom = false)
    {
        var full = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(bom));
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

    [Theory]
    [InlineData("../outside.md")]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../outside.md")]
    [InlineData("notes.txt")]
    [InlineData("missing.md")]
    [InlineData("")]
    public void Paths_outside_the_folder_or_not_drafts_are_refused(string relative)
    {
        Write("notes.txt", "x");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(root)!, "outside.md"), "x");

        Assert.False(ContentFolder.TryResolve(root, relative, out _));
        Assert.Null(relative.Length == 0 ? null : ContentFolder.ReadText(root, relative));
    }

    [Fact]
    public void Write_date_keeps_every_other_byte_including_bom_and_crlf()
    {
        var original = Crlf(Lines("---", "title: Café", "status: ready", "---", "", "Body — with ünïcode", "no newline at end")).TrimEnd('\r', '\n');
        Write("post.md", original, bom: true);

        Assert.True(ContentFolder.WriteDate(root, "post.md", new DateOnly(2027, 2, 2)));

        var bytes = File.ReadAllBytes(Path.Combine(root, "post.md"));
        var expected = new byte[] { 0xEF, 0xBB, 0xBF }
            .Concat(Encoding.UTF8.GetBytes(original.Replace("status: ready\r\n", "status: ready\r\ndate: 2027-02-02\r\n")))
            .ToArray();
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public void Write_date_refuses_paths_outside_the_folder()
    {
        Assert.False(ContentFolder.WriteDate(root, "../x.md", new DateOnly(2027, 2, 2)));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
