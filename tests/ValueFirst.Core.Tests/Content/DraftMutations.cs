using System.Text;
using Bogus;

namespace ValueFirst.Core.Tests.Content;

/// <summary>
/// Bad drafts for the fuzz tests: a valid draft mutated at random (seeded), plus the hostile shapes a
/// random mutation would rarely hit (deep nesting, alias bombs, huge front matter, a 10 MB file).
/// </summary>
internal static class DraftMutations
{
    public static string ValidDraft(Faker faker) => DraftText.Lines(
        "---",
        $"title: \"{faker.Lorem.Sentence(4)}\"",
        "kind: article",
        "status: ready",
        $"date: {faker.Date.Between(new DateTime(2026, 1, 1), new DateTime(2027, 12, 31)):yyyy-MM-dd}",
        $"tags: [{string.Join(", ", faker.Lorem.Words(3))}]",
        $"summary: {faker.Lorem.Sentence()}",
        "---",
        "",
        $"# {faker.Lorem.Sentence(3)}",
        "",
        faker.Lorem.Paragraphs(3));

    /// <summary>One random mutation of a valid draft, as bytes (binary junk is not always valid UTF-8).</summary>
    public static byte[] Mutate(Faker faker)
    {
        var bytes = Encoding.UTF8.GetBytes(ValidDraft(faker));
        switch (faker.Random.Int(0, 5))
        {
            case 0: // truncated anywhere, front matter included
                return bytes[..faker.Random.Int(0, bytes.Length)];
            case 1: // junk bytes overwriting a stretch
                var junk = faker.Random.Bytes(faker.Random.Int(1, 64));
                var at = faker.Random.Int(0, bytes.Length - 1);
                return [.. bytes[..at], .. junk, .. bytes[Math.Min(bytes.Length, at + junk.Length)..]];
            case 2: // bytes flipped
                for (var i = faker.Random.Int(1, 20); i > 0; i--)
                {
                    bytes[faker.Random.Int(0, bytes.Length - 1)] ^= faker.Random.Byte(1, 255);
                }

                return bytes;
            case 3: // YAML punctuation sprinkled into the front matter
                var text = Encoding.UTF8.GetString(bytes).ToCharArray().ToList();
                for (var i = faker.Random.Int(1, 10); i > 0; i--)
                {
                    text.Insert(faker.Random.Int(0, Math.Min(200, text.Count)), faker.PickRandom('[', '{', ':', '&', '*', '!', '|', '>', '"', '\'', '-', '\t', '\0', '%'));
                }

                return Encoding.UTF8.GetBytes([.. text]);
            case 4: // nothing but junk
                return faker.Random.Bytes(faker.Random.Int(0, 4096));
            default: // a line duplicated many times (duplicate keys, long files)
                var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
                var line = faker.PickRandom(lines);
                lines.InsertRange(faker.Random.Int(0, lines.Count), Enumerable.Repeat(line, faker.Random.Int(2, 500)));
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
        }
    }

    public static string FrontMatterOf(string yaml) => DraftText.Lines("---", yaml, "---", "", "Body.");

    public static string DeepFlowSequence(int depth) =>
        FrontMatterOf($"title: deep\nnested: {new string('[', depth)}{new string(']', depth)}");

    public static string DeepFlowSequenceUnclosed(int depth) =>
        FrontMatterOf($"title: deep\nnested: {new string('[', depth)}");

    public static string DeepBlockMapping(int depth)
    {
        var yaml = new StringBuilder("title: deep\nnested:\n");
        for (var i = 1; i <= depth; i++)
        {
            yaml.Append(' ', i).Append('k').Append(i).Append(":\n");
        }

        return FrontMatterOf(yaml.ToString().TrimEnd('\n'));
    }

    /// <summary>Nine aliases of nine aliases of ...: tiny text, billions of nodes if anything expands it.</summary>
    public static string AliasBomb(int levels)
    {
        var yaml = new StringBuilder("title: laughs\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= levels; i++)
        {
            var previous = string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9));
            yaml.Append($"a{i}: &a{i} [{previous}]\n");
        }

        return FrontMatterOf(yaml.ToString().TrimEnd('\n'));
    }

    public static string HugeFrontMatter(int keys) =>
        FrontMatterOf("title: many keys\n" + string.Join('\n', Enumerable.Range(0, keys).Select(i => $"key{i}: {new string('v', 40)}")));

    public static string DeepBlockquote(int depth) =>
        DraftText.Lines("---", "title: quotes", "---", "", new string('>', depth) + " deep");

    public static string DeepEmphasisAndLinks(int depth) =>
        DraftText.Lines("---", "title: links", "---", "", string.Concat(Enumerable.Repeat("*[", depth)) + "x" + string.Concat(Enumerable.Repeat("](u)*", depth)));

    public static byte[] TenMegabytes(Faker faker)
    {
        var text = new StringBuilder(ValidDraft(faker));
        var paragraph = faker.Lorem.Paragraph() + "\n\n";
        while (text.Length < 10 * 1024 * 1024)
        {
            text.Append(paragraph);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
