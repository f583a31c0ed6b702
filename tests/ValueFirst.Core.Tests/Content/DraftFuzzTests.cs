using System.Text;
using Bogus;
using ValueFirst.Core.Content;

namespace ValueFirst.Core.Tests.Content;

/// <summary>
/// Bad drafts never crash or hang the loader or the preview: every file comes back as an item or as
/// problems naming it. Seeds are fixed, so a failure reproduces; each case runs under a time guard so a
/// hang fails the test instead of stalling the run.
/// </summary>
public sealed class DraftFuzzTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    private readonly string root = Directory.CreateTempSubdirectory("valuefirst-fuzz-").FullName;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Randomly_mutated_drafts_load_as_items_or_named_problems(int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var files = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var name = $"mutant-{i:00}.md";
            await File.WriteAllBytesAsync(Path.Combine(root, name), DraftMutations.Mutate(faker));
            files.Add(name);
        }

        var snapshot = await Guarded(() => ContentFolder.Load(root));

        AssertEveryFileAccountedFor(snapshot, files);
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(Path.Combine(root, file), Encoding.UTF8);
            await Guarded(() => DraftPreviewRenderer.ToHtml(text));
        }
    }

    public static TheoryData<string, string> HostileDrafts() => new()
    {
        { "deep-flow.md", DraftMutations.DeepFlowSequence(20_000) },
        { "deep-flow-unclosed.md", DraftMutations.DeepFlowSequenceUnclosed(20_000) },
        { "deep-block.md", DraftMutations.DeepBlockMapping(2_000) },
        { "alias-bomb.md", DraftMutations.AliasBomb(9) },
        { "huge-front-matter.md", DraftMutations.HugeFrontMatter(15_000) },
        { "deep-quote.md", DraftMutations.DeepBlockquote(50_000) },
        { "deep-links.md", DraftMutations.DeepEmphasisAndLinks(10_000) },
    };

    [Theory]
    [MemberData(nameof(HostileDrafts))]
    public async Task Hostile_draft_loads_and_previews_without_crash_or_hang(string name, string text)
    {
        await File.WriteAllTextAsync(Path.Combine(root, name), text);

        var snapshot = await Guarded(() => ContentFolder.Load(root));
        await Guarded(() => DraftPreviewRenderer.ToHtml(text));

        AssertEveryFileAccountedFor(snapshot, [name]);
    }

    [Fact]
    public async Task Draft_larger_than_the_limit_is_a_named_problem_and_not_parsed()
    {
        await File.WriteAllBytesAsync(Path.Combine(root, "huge.md"), DraftMutations.TenMegabytes(new Faker { Random = new Randomizer(5) }));
        await File.WriteAllTextAsync(Path.Combine(root, "fine.md"), DraftMutations.ValidDraft(new Faker { Random = new Randomizer(6) }));

        var snapshot = await Guarded(() => ContentFolder.Load(root, maxDraftBytes: 1024 * 1024));

        var problem = Assert.Single(snapshot.Problems);
        Assert.Equal("huge.md", problem.Path);
        Assert.Contains("ValueFirst:MaxDraftBytes", problem.Message);
        Assert.Equal(["fine.md"], snapshot.Items.Select(i => i.Path));
        Assert.Null(new ContentFolder(root, maxDraftBytes: 1024 * 1024).ReadText("huge.md"));
    }

    [Fact]
    public void Front_matter_nested_deeper_than_the_guard_is_a_named_problem()
    {
        var result = DraftParser.Parse("deep.md", DraftMutations.DeepFlowSequence(DraftParser.MaxYamlDepth + 1));

        Assert.Null(result.Item);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("nested more than", problem.Message);
    }

    [Fact]
    public void Alias_bomb_in_an_unknown_key_is_kept_short()
    {
        var result = DraftParser.Parse("laughs.md", DraftMutations.AliasBomb(9));

        var item = Assert.IsType<ContentItem>(result.Item);
        Assert.All(item.Extra.Values, v => Assert.True(v.Length <= 1_000, $"{v.Length} characters"));
    }

    [Theory]
    [InlineData(50_000, 0)]
    [InlineData(0, 10_000)]
    public void Markdown_nested_past_markdigs_limit_is_a_named_problem_and_a_preview_message(int quotes, int links)
    {
        var text = quotes > 0 ? DraftMutations.DeepBlockquote(quotes) : DraftMutations.DeepEmphasisAndLinks(links);

        var result = DraftParser.Parse("deep.md", text);
        var html = DraftPreviewRenderer.ToHtml(text);

        Assert.Null(result.Item);
        Assert.Contains("nested too deeply", Assert.Single(result.Problems).Message);
        Assert.StartsWith("<p class=\"text-danger\">No preview:", html, StringComparison.Ordinal);
    }

    private static void AssertEveryFileAccountedFor(ContentSnapshot snapshot, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            Assert.True(
                snapshot.Items.Any(i => i.Path == file) || snapshot.Problems.Any(p => p.Path == file && p.Severity == ProblemSeverity.Error),
                $"{file} is neither an item nor a named problem");
        }
    }

    private static async Task<T> Guarded<T>(Func<T> action)
    {
        // Its own thread: a hang fails this case when the guard runs out instead of stalling the whole run.
        var task = Task.Factory.StartNew(action, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return await task.WaitAsync(Guard);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
