using Bogus;
using ValueFirst.Core.Content;
using ValueFirst.Testing.Content;
using static ValueFirst.Core.Tests.Content.DraftText;

namespace ValueFirst.Core.Tests.Content;

public sealed class DraftDocumentTests
{
    private static DraftFields FieldsOf(string text) => DraftFields.Of(DraftParser.Parse("x.md", text).Item!);

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var (path, _) in SampleDrafts.All())
        {
            data.Add(path);
        }

        return data;
    }

    private static string Sample(string path) => SampleDrafts.All().Single(s => s.Path == path).Text;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Saving_a_sample_unchanged_gives_back_the_same_text_in_any_line_ending_and_with_a_bom(string path)
    {
        foreach (var text in new[] { Sample(path), Crlf(Sample(path)), WithBom(Crlf(Sample(path))) })
        {
            Assert.Equal(text, DraftDocument.Compose(text, FieldsOf(text), DraftDocument.BodyOf(text)));
        }
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void Saving_generated_drafts_unchanged_gives_back_the_same_text(int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        for (var i = 0; i < 300; i++)
        {
            var text = GeneratedDrafts.Draft(faker);

            Assert.Equal(text, DraftDocument.Compose(text, FieldsOf(text), DraftDocument.BodyOf(text)));
        }
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public void A_changed_field_reads_back_as_entered_and_unknown_keys_and_the_body_stay(int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var drafts = SampleDrafts.All().Select(s => s.Text).Concat(Enumerable.Range(0, 200).Select(_ => GeneratedDrafts.Draft(faker)));
        foreach (var text in drafts)
        {
            var before = DraftParser.Parse("x.md", text).Item!;
            var fields = FieldsOf(text);
            var after = faker.Random.Int(0, 6) switch
            {
                0 => fields with { Title = faker.PickRandom(GeneratedDrafts.Values.Where(v => v.Trim().Length > 0).ToArray()) },
                1 => fields with { Status = faker.PickRandom<ContentStatus>() },
                2 => fields with { Date = fields.Date is null ? new DateOnly(2027, 3, 2) : null },
                3 => fields with { Tags = faker.PickRandom(GeneratedDrafts.Values, 2).ToArray() },
                4 => fields with { Summary = fields.Summary is null ? faker.PickRandom(GeneratedDrafts.Values) : null },
                5 => fields with { Url = "https://example.com/published/" + faker.Lorem.Slug() },
                _ => fields with { Kind = fields.Kind == ContentKind.Article ? ContentKind.Share : ContentKind.Article },
            };

            var saved = DraftDocument.Compose(text, after, DraftDocument.BodyOf(text));

            var written = DraftParser.Parse("x.md", saved).Item!;
            Assert.True(DraftFields.Of(written).SameAs(after), $"{text}\n=>\n{saved}");
            Assert.Equal(before.Extra, written.Extra);
            Assert.EndsWith(StoredBody(text), saved, StringComparison.Ordinal);
            Assert.Equal(text.StartsWith('\uFEFF'), saved.StartsWith('\uFEFF'));
        }
    }

    [Fact]
    public void An_edited_body_is_written_in_the_files_line_endings_and_the_front_matter_stays()
    {
        var text = WithBom(Crlf(Lines("---", "title: T # keep", "x-custom: 1", "---", "", "Old body.")));

        var saved = DraftDocument.Compose(text, FieldsOf(text), "New body.\n\n## A heading\n");

        Assert.Equal(WithBom(Crlf(Lines("---", "title: T # keep", "x-custom: 1", "---", "", "New body.", "", "## A heading"))), saved);
    }

    [Fact]
    public void The_body_keeps_the_files_habit_of_ending_with_a_newline()
    {
        var withNewline = Lines("---", "title: T", "---", "", "Old");
        var without = Lines("---", "title: T", "---", "", "Old").TrimEnd('\n');

        Assert.EndsWith("New\n", DraftDocument.Compose(withNewline, FieldsOf(withNewline), "New"), StringComparison.Ordinal);
        Assert.EndsWith("---\n\nNew", DraftDocument.Compose(without, FieldsOf(without), "New"), StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_the_writer_cannot_change_in_place_is_refused_rather_than_broken()
    {
        var text = Lines("---", "{title: Flow, status: draft}", "---", "Body");

        var error = Assert.Throws<InvalidOperationException>(() => DraftDocument.Compose(text, FieldsOf(text) with { Status = ContentStatus.Ready }, "Body"));
        Assert.Contains("edit the file itself", error.Message);
    }

    [Fact]
    public void A_new_draft_has_its_keys_in_the_usual_order_and_reads_back_as_entered()
    {
        var fields = new DraftFields("Write for March: the why", ContentKind.Article, ContentStatus.Idea, new DateOnly(2027, 3, 2), ["networking", "give first"], null, null);

        var text = DraftDocument.Create(fields, "Notes.");

        Assert.Equal(Lines("---", "title: \"Write for March: the why\"", "kind: article", "status: idea", "date: 2027-03-02", "tags: [networking, give first]", "---", "", "Notes."), text);
        Assert.True(FieldsOf(text).SameAs(fields));
    }

    // The body as stored: the editor's body in the file's own line endings.
    private static string StoredBody(string text)
    {
        var body = DraftDocument.BodyOf(text);
        return text.Contains("\r\n", StringComparison.Ordinal) ? body.Replace("\n", "\r\n", StringComparison.Ordinal) : body;
    }
}
