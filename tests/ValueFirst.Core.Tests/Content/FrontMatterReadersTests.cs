using Bogus;
using ValueFirst.Core.Content;

namespace ValueFirst.Core.Tests.Content;

/// <summary>
/// The simple front matter reader is a shortcut, so it must never disagree with YamlDotNet: whatever it
/// accepts, the parser reads to the same keys, lines and values. Generated front matter mixes what writers
/// really type with the YAML that only looks simple (escapes, comments after values, indicators, odd
/// characters), and the simple reader must hand those to the parser.
/// </summary>
public sealed class FrontMatterReadersTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Whatever_the_simple_reader_accepts_the_parser_reads_the_same(int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var accepted = 0;
        const int cases = 1_500;
        for (var i = 0; i < cases; i++)
        {
            var yaml = RandomFrontMatter(faker);
            if (!SimpleFrontMatter.TryRead(yaml, out var simple))
            {
                continue;
            }

            accepted++;
            IReadOnlyList<FrontMatterEntry> parsed;
            try
            {
                parsed = FrontMatterYaml.ReadWithParser(yaml, DraftParser.MaxYamlDepth);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"The simple reader accepted YAML the parser refuses ({e.Message}):\n{yaml}");
            }

            Assert.True(Show(parsed) == Show(simple), $"The readers disagree on:\n{yaml}\nparser: {Show(parsed)}\nsimple: {Show(simple)}");
        }

        // Both paths must be exercised for the comparison to mean anything.
        Assert.InRange(accepted, cases / 10, cases * 9 / 10);
    }

    [Theory]
    [InlineData("title: What to write about\nstatus: idea\ntags: [content, thought-leadership]")]
    [InlineData("title: \"Vet before you connect: five checks\"\nkind: article\nstatus: published\ndate: 2026-10-13\ntags: [networking, linkedin, vetting]\nsummary: Quality beats quantity.\nurl: https://www.linkedin.com/pulse/vet-before-you-connect")]
    [InlineData("# Hugo\ntitle: 'Café crème, s’il vous plaît'\ndraft: true\ndate: 2026-12-08T09:30:00+01:00\n\ntags:\n  - referrals\n  - sales\ncategories:\n- consulting")]
    [InlineData("title: Windows\r\nstatus: ready\r\ntags:\r\n  - a\r\n  - b")]
    public void Front_matter_as_writers_type_it_takes_the_simple_path(string yaml)
    {
        Assert.True(SimpleFrontMatter.TryRead(yaml, out var simple));
        Assert.Equal(Show(FrontMatterYaml.ReadWithParser(yaml, DraftParser.MaxYamlDepth)), Show(simple));
    }

    [Theory]
    [InlineData("title: a\ntitle: b")]
    [InlineData("summary: \"line\\nbreak\"")]
    [InlineData("title: C# # a comment")]
    [InlineData("title: &t anchored\nsummary: *t")]
    [InlineData("author:\n  name: Ada")]
    [InlineData("summary: long\n  continued")]
    [InlineData("title: 'it''s'")]
    [InlineData("title:\tTab")]
    public void Yaml_beyond_the_simple_subset_is_left_to_the_parser(string yaml)
    {
        Assert.False(SimpleFrontMatter.TryRead(yaml, out _));
    }

    private static string Show(IEnumerable<FrontMatterEntry> entries) => string.Join(" | ", entries.Select(e =>
        $"{e.Key}@{e.Line}={(e.Value.Scalar is null ? "null" : $"'{e.Value.Scalar}'")} [{string.Join(";", e.Value.Items)}] {e.Value.Text}"));

    private static readonly string[] Keys = ["title", "tags", "summary", "url", "date", "x-y", "a.b", "_x", "2024", "Ünï", "two words", "k"];

    private static readonly string[] Values =
    [
        "Give first", "Ünïcödé café", "rocket 🚀 launch", "C# tips", "a: b", "x #y", "ends with:", "-5", "- dash", "? q",
        "yes", "~", "null", "2026-12-08", "https://example.com/a?b=c#frag", "a:b", "100%", "@handle", "`code`", "it's",
        "say \"hi\"", "trailing   ", "&anchor", "*alias", "!tag", "|", ">", "[x]", "{y}", "a, b", "x]", "%", "a\tb",
        "\u0085next", "line\u2028sep", "a\u00a0b", "\uFEFFbom", "\ud800alone", "...", "---", "back\\slash", "", " ", "#", "o'neil",
    ];

    private static string RandomFrontMatter(Faker faker)
    {
        var lines = new List<string>();
        var count = faker.Random.Int(1, 6);
        for (var i = 0; i < count; i++)
        {
            lines.AddRange(RandomLines(faker));
        }

        return string.Join(faker.Random.Bool(0.2f) ? "\r\n" : "\n", lines);
    }

    private static IEnumerable<string> RandomLines(Faker faker)
    {
        var key = faker.PickRandom(Keys);
        string V() => faker.PickRandom(Values);
        switch (faker.Random.Int(0, 13))
        {
            case 0:
            case 1:
                return [$"{key}: {V()}"];
            case 2:
                return [$"{key}:  {V()}  "];
            case 3:
                return [$"{key}: \"{V()}\""];
            case 4:
                return [$"{key}: '{V()}'"];
            case 5:
                return [$"{key}: [{V()}, {(faker.Random.Bool() ? $"'{V()}'" : V())}]"];
            case 6:
                return [$"{key}: []"];
            case 7:
                var indent = faker.PickRandom("", "  ", "    ");
                var items = Enumerable.Range(0, faker.Random.Int(0, 3))
                    .Select(_ => $"{(faker.Random.Bool(0.1f) ? " " : "")}{indent}- {V()}");
                return [$"{key}:", .. items];
            case 8:
                return [$"{faker.PickRandom("", "  ")}# comment {V()}"];
            case 9:
                return [""];
            case 10:
                return [$"{key}:{V()}"];
            case 11:
                return [$"{key}: {V()}", $"  {V()}"];
            case 12:
                return [$"{key}: {V()} # note"];
            default:
                return [$"{key} : {V()}"];
        }
    }
}
