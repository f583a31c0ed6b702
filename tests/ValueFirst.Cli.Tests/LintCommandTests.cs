namespace ValueFirst.Cli.Tests;

public sealed class LintCommandTests : IDisposable
{
    private readonly DraftFolder folder = new();

    [Fact]
    public void Clean_folder_prints_nothing_and_exits_zero()
    {
        folder.Draft("a.md", "status: ready").Draft("sub/b.md", "kind: share", "url: https://example.com");

        var result = CommandResult.Run("lint", "--content", folder.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void Each_problem_prints_as_path_line_message_and_an_error_exits_one()
    {
        folder.Draft("good.md")
            .Draft("posts/bad-date.md", "status: draft", "date: someday")
            .Draft("posts/bad-kind.md", "kind: video")
            .Raw("unclosed.md", "---\ntitle: never closed\n");

        var result = CommandResult.Run("lint", "--content", folder.Root);

        Assert.Equal(1, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("posts/bad-date.md:4: bad date", lines[0]);
        Assert.StartsWith("posts/bad-kind.md:3: unknown kind", lines[1]);
        Assert.StartsWith("unclosed.md:1: front matter is not closed", lines[2]);
    }

    [Fact]
    public void Warnings_alone_exit_zero()
    {
        folder.Raw("no-title.md", "---\nstatus: idea\n---\n\n# Heading title\n");

        var result = CommandResult.Run("lint", "--content", folder.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("no-title.md:5: warning:", result.Output);
    }

    public void Dispose() => folder.Dispose();
}
