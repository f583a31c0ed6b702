using Bogus;
using ValueFirst.Core.Content;
using ValueFirst.Testing.Content;
using static ValueFirst.Core.Tests.Content.DraftText;

namespace ValueFirst.Core.Tests.Content;

public sealed class FrontMatterWriterTests
{
    private static readonly DateOnly Date = new(2026, 12, 8);

    private static string SetDate(string text) => FrontMatterWriter.Apply(text, [FrontMatterChange.SetDate("date", Date)]);

    [Fact]
    public void Adds_a_date_line_before_the_closing_fence_and_changes_nothing_else()
    {
        var text = Lines("---", "title: T", "# a comment", "tags: [x]", "---", "", "Body  ", "last");

        Assert.Equal(Lines("---", "title: T", "# a comment", "tags: [x]", "date: 2026-12-08", "---", "", "Body  ", "last"), SetDate(text));
    }

    [Fact]
    public void Replaces_an_existing_date_in_place()
    {
        var text = Lines("---", "date: 2026-01-01T10:00:00Z", "title: T", "---", "body");

        Assert.Equal(Lines("---", "date: 2026-12-08", "title: T", "---", "body"), SetDate(text));
    }

    [Fact]
    public void Keeps_crlf_and_bom()
    {
        var text = WithBom(Crlf(Lines("---", "title: T", "---", "body")));

        Assert.Equal(WithBom(Crlf(Lines("---", "title: T", "date: 2026-12-08", "---", "body"))), SetDate(text));
    }

    [Fact]
    public void Nested_keys_of_the_same_name_are_left_alone()
    {
        var text = Lines("---", "title: T", "event:", "  date: 2020-01-01", "---", "body");

        Assert.Equal(Lines("---", "title: T", "event:", "  date: 2020-01-01", "date: 2026-12-08", "---", "body"), SetDate(text));
    }

    [Fact]
    public void File_without_front_matter_gets_one()
    {
        var updated = SetDate(Lines("# Title", "body"));

        Assert.Equal(Lines("---", "date: 2026-12-08", "---", "# Title", "body"), updated);
        Assert.Equal(Date, DraftParser.Parse("x.md", updated).Item!.Date);
    }

    [Fact]
    public void Unclosed_front_matter_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => SetDate(Lines("---", "title: T")));
    }

    [Fact]
    public void A_changed_value_keeps_its_key_as_written_and_the_comment_after_it()
    {
        var text = Lines("---", "Title: 'Old one' # working title", "summary: short # keep me", "---", "body");

        var updated = FrontMatterWriter.Apply(text, [FrontMatterChange.Set("title", "New: better"), FrontMatterChange.Set("summary", "longer")]);

        Assert.Equal(Lines("---", "Title: \"New: better\" # working title", "summary: longer # keep me", "---", "body"), updated);
    }

    [Fact]
    public void A_block_list_stays_a_block_list_at_its_indent_and_a_flow_list_a_flow_list()
    {
        var block = Lines("---", "title: T", "tags:", "    - a", "    # old", "    - b", "series: x", "---");
        var flow = Lines("---", "tags: [a, b] # mine", "---");

        Assert.Equal(Lines("---", "title: T", "tags:", "    - c", "    - d, e", "series: x", "---"),
            FrontMatterWriter.Apply(block, [FrontMatterChange.SetList("tags", ["c", "d, e"])]));
        Assert.Equal(Lines("---", "tags: [c, \"d, e\"] # mine", "---"),
            FrontMatterWriter.Apply(flow, [FrontMatterChange.SetList("tags", ["c", "d, e"])]));
    }

    [Fact]
    public void A_removed_key_takes_its_value_lines_and_leaves_comments_around_it()
    {
        var text = Lines("---", "title: T", "# about the summary", "summary: >", "  folded", "  text", "", "url: https://x", "---");

        Assert.Equal(Lines("---", "title: T", "# about the summary", "", "url: https://x", "---"),
            FrontMatterWriter.Apply(text, [FrontMatterChange.Remove("summary")]));
    }

    [Fact]
    public void No_change_and_removing_a_missing_key_give_back_the_same_text()
    {
        var text = WithBom(Crlf(Lines("---", "title: T", "---", "body")));

        Assert.Equal(text, FrontMatterWriter.Apply(text, []));
        Assert.Equal(text, FrontMatterWriter.Apply(text, [FrontMatterChange.Remove("summary")]));
        Assert.Equal(Lines("no front matter"), FrontMatterWriter.Apply(Lines("no front matter"), [FrontMatterChange.Remove("summary")]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Any_value_written_reads_back_unchanged_with_yamldotnet_and_the_app_reader(int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var values = GeneratedDrafts.Values.Concat([" padded ", "tab\there", "new\nline", "\u0085nel", "bom\uFEFF", "quote\"and\\slash", "\u0001", "#hash"]);
        foreach (var value in values.Concat(Enumerable.Range(0, 300).Select(_ => faker.Random.String2(faker.Random.Int(1, 12), "ab :#-'\"[]{},&*!|>%@`\\\n\té"))))
        {
            var text = FrontMatterWriter.Apply(Lines("---", "title: T", "---"), [FrontMatterChange.Set("summary", value), FrontMatterChange.SetList("tags", [value, "x"])]);
            var yaml = text[4..text.LastIndexOf("---", StringComparison.Ordinal)];

            var entries = FrontMatterYaml.ReadWithParser(yaml, DraftParser.MaxYamlDepth);
            var item = DraftParser.Parse("x.md", text).Item!;

            Assert.Equal(value, entries.Single(e => e.Key == "summary").Value.Scalar);
            Assert.Equal([value, "x"], entries.Single(e => e.Key == "tags").Value.Items);
            Assert.Equal(value, item.Summary);
        }
    }

    /// <summary>
    /// The differential check: on generated front matter and on the sample drafts, a change to one key leaves every
    /// other line byte-for-byte, every other key reads as before (YamlDotNet's reading of both files) and the key reads
    /// as set.
    /// </summary>
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void One_changed_key_changes_only_its_own_lines(int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var drafts = SampleDrafts.All().Select(s => s.Text).Concat(Enumerable.Range(0, 300).Select(_ => GeneratedDrafts.Draft(faker)));
        foreach (var text in drafts)
        {
            var change = RandomChange(faker);

            var updated = FrontMatterWriter.Apply(text, [change]);

            AssertOnlyKeyLinesDiffer(text, updated, change.Key);
            var before = Entries(text);
            var after = Entries(updated);
            Assert.Equal(
                before.Where(e => !e.Key.Equals(change.Key, StringComparison.OrdinalIgnoreCase)).Select(Show),
                after.Where(e => !e.Key.Equals(change.Key, StringComparison.OrdinalIgnoreCase)).Select(Show));
            var written = after.Where(e => e.Key.Equals(change.Key, StringComparison.OrdinalIgnoreCase)).ToList();
            if (change.IsRemoval)
            {
                Assert.Empty(written);
            }
            else if (change.List is { } list)
            {
                Assert.Equal(list, Assert.Single(written).Value.Items);
            }
            else
            {
                Assert.Equal(change.Scalar, Assert.Single(written).Value.Scalar);
            }
        }
    }

    private static FrontMatterChange RandomChange(Faker faker)
    {
        var key = faker.PickRandom("title", "summary", "url", "tags", "date", "status", "kind", "author", "series");
        return faker.Random.Int(0, 5) switch
        {
            0 when key != "title" => FrontMatterChange.Remove(key),
            1 => FrontMatterChange.SetList(key, faker.PickRandom(GeneratedDrafts.Values, faker.Random.Int(1, 3)).ToList()),
            2 => FrontMatterChange.SetDate(key, new DateOnly(2027, faker.Random.Int(1, 12), 1)),
            _ => FrontMatterChange.Set(key, faker.PickRandom(GeneratedDrafts.Values)),
        };
    }

    private static IReadOnlyList<FrontMatterEntry> Entries(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        return FrontMatterYaml.ReadWithParser(string.Join("\n", lines[1..close]), DraftParser.MaxYamlDepth);
    }

    private static string Show(FrontMatterEntry e) => $"{e.Key}={e.Value.Scalar ?? "null"} [{string.Join(";", e.Value.Items)}] {e.Value.Text}";

    // Lines the two texts share at the start and the end are untouched; what lies between must be inside the key's
    // region in each text: from its key line to the next line that starts another key (or the closing fence).
    private static void AssertOnlyKeyLinesDiffer(string before, string after, string key)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        AssertWithinRegion(a, prefix, a.Length - suffix, key, before, after);
        AssertWithinRegion(b, prefix, b.Length - suffix, key, before, after);
    }

    private static void AssertWithinRegion(string[] lines, int from, int to, string key, string before, string after)
    {
        if (from >= to)
        {
            return;
        }

        var start = Array.FindIndex(lines, 1, l => l.StartsWith(key, StringComparison.OrdinalIgnoreCase) && l[key.Length..].TrimStart(' ').StartsWith(':'));
        var end = start < 0 ? -1 : Array.FindIndex(lines, start + 1, l => l.TrimEnd('\r') is "---" or "..." || (l.TrimEnd('\r').Length > 0 && l[0] is not (' ' or '\t' or '-' or '#')));
        Assert.True(start >= 0 && from >= start && to <= end, $"Changing {key} changed lines {from}..{to} outside its own:\n{before}\n=>\n{after}");
    }
}
