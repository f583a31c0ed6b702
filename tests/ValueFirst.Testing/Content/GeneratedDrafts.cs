using System.Text;
using Bogus;
using ValueFirst.Core.Content;

namespace ValueFirst.Testing.Content;

/// <summary>
/// Drafts whose front matter is written the many ways people write YAML: plain, single- and double-quoted values,
/// flow and block lists at two indents, whole-line and trailing comments, blank lines, unknown keys with nested
/// maps, keys in any order, LF or CRLF, with or without a byte order mark. Every draft generated parses.
/// </summary>
public static class GeneratedDrafts
{
    /// <summary>Values that mean something to YAML or to a reader: they must survive a round trip as written.</summary>
    public static readonly string[] Values =
    [
        "Give first", "Ünïcödé café", "rocket 🚀 launch", "C# tips", "a: b", "x #y", "ends with:", "-5", "- dash", "? q",
        "yes", "~", "null", "2026-12-08", "https://example.com/a?b=c#frag", "a:b", "100%", "@handle", "`code`", "it's",
        "say \"hi\"", "&anchor", "*alias", "!tag", "|", ">", "[x]", "{y}", "a, b", "x]", "%", "...", "---", "back\\slash",
        "o'neil", "naïve résumé", "日本語のタイトル", "Ελληνικά", "👩‍👩‍👦‍👦 family", "12:30", "3.14", "true", "e\u0301te\u0301",
    ];

    private static readonly string[] UnknownKeys = ["author", "draft", "series", "x-canonical", "aliases", "weight", "categories"];

    /// <summary>A draft's text (BOM as a leading U+FEFF when chosen) that <see cref="DraftParser"/> reads without errors.</summary>
    public static string Draft(Faker faker)
    {
        while (true)
        {
            var text = Attempt(faker);
            if (DraftParser.Parse("generated.md", text).Item is not null)
            {
                return text;
            }
        }
    }

    private static string Attempt(Faker faker)
    {
        var entries = new List<List<string>> { Scalar(faker, "title", faker.PickRandom(Values.Where(v => v.Trim().Length > 0 && !v.StartsWith('#')).ToArray())) };
        if (faker.Random.Bool())
        {
            entries.Add([$"kind: {faker.PickRandom("article", "share")}"]);
        }

        if (faker.Random.Bool())
        {
            entries.Add([$"status: {faker.PickRandom("idea", "draft", "ready", "published")}"]);
        }

        if (faker.Random.Bool())
        {
            entries.Add([$"date: {faker.PickRandom("2026-12-08", "2027-01-05T09:30:00+01:00", "'2026-03-03'")}"]);
        }

        if (faker.Random.Bool(0.7f))
        {
            entries.Add(List(faker, "tags", faker.Random.Int(0, 3)));
        }

        if (faker.Random.Bool())
        {
            entries.Add(Scalar(faker, "summary", faker.PickRandom(Values)));
        }

        if (faker.Random.Bool(0.3f))
        {
            entries.Add(Scalar(faker, "url", "https://example.com/" + faker.Lorem.Slug(2)));
        }

        foreach (var key in faker.PickRandom(UnknownKeys, faker.Random.Int(0, 3)))
        {
            entries.Add(faker.Random.Int(0, 2) switch
            {
                0 => Scalar(faker, key, faker.PickRandom(Values)),
                1 => List(faker, key, faker.Random.Int(1, 3)),
                _ => [$"{key}:", $"  name: {faker.Name.FirstName()}", $"  link: https://example.com/{faker.Lorem.Word()}"],
            });
        }

        var lines = new List<string> { "---" };
        foreach (var entry in faker.Random.Shuffle(entries))
        {
            if (faker.Random.Bool(0.15f))
            {
                lines.Add($"# {faker.Lorem.Sentence(3)}");
            }

            if (faker.Random.Bool(0.1f))
            {
                lines.Add("");
            }

            lines.AddRange(entry);
        }

        lines.Add("---");
        if (faker.Random.Bool(0.8f))
        {
            lines.Add("");
        }

        if (faker.Random.Bool(0.5f))
        {
            lines.Add($"## {faker.Lorem.Sentence(3)}");
            lines.Add("");
        }

        lines.AddRange(faker.Lorem.Paragraphs(faker.Random.Int(0, 3), "\n\n").Split('\n'));
        var newline = faker.Random.Bool(0.3f) ? "\r\n" : "\n";
        var text = string.Join(newline, lines) + (faker.Random.Bool(0.9f) ? newline : "");
        return (faker.Random.Bool(0.2f) ? "\uFEFF" : "") + text;
    }

    private static List<string> Scalar(Faker faker, string key, string value)
    {
        var comment = faker.Random.Bool(0.15f) ? " # " + faker.Lorem.Word() : "";
        var plain = YamlScalar.Format(value) == value;
        return faker.Random.Int(0, 2) switch
        {
            0 when plain => [$"{key}: {value}{comment}"],
            1 when !value.Contains('\n') => [$"{key}: '{value.Replace("'", "''", StringComparison.Ordinal)}'{comment}"],
            _ => [$"{key}: \"{DoubleQuoted(value)}\"{comment}"],
        };
    }

    private static List<string> List(Faker faker, string key, int count)
    {
        var items = Enumerable.Range(0, count).Select(_ => faker.PickRandom(Values)).ToList();
        if (faker.Random.Bool())
        {
            return [$"{key}: [{string.Join(", ", items.Select(i => YamlScalar.Format(i, inFlowList: true)))}]"];
        }

        var indent = faker.PickRandom("", "  ", "    ");
        var lines = new List<string> { $"{key}:" };
        foreach (var item in items)
        {
            if (faker.Random.Bool(0.1f))
            {
                lines.Add($"{indent}# about the next one");
            }

            lines.Add($"{indent}- {YamlScalar.Format(item)}");
        }

        return lines;
    }

    private static string DoubleQuoted(string value)
    {
        var text = new StringBuilder();
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }
}
