using Bogus;
using ValueFirst.Core.Content;

namespace ValueFirst.Core.Tests.Content;

/// <summary>Small builder for planner tests: a plausible item whose only meaningful fields are the ones a test sets.</summary>
internal sealed class ContentItemBuilder
{
    private static readonly Faker Faker = new();
    private static int counter;

    private string path = $"drafts/{Interlocked.Increment(ref counter):D4}-{Faker.Lorem.Slug(3)}.md";
    private ContentKind kind = ContentKind.Article;
    private ContentStatus status = ContentStatus.Draft;
    private DateOnly? date;
    private DateTime modified = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private IReadOnlyList<string> tags = [Faker.Lorem.Word()];

    public static ContentItemBuilder Article() => new();

    public static ContentItemBuilder Share() => new() { kind = ContentKind.Share };

    public ContentItemBuilder At(string relativePath)
    {
        path = relativePath;
        return this;
    }

    public ContentItemBuilder WithStatus(ContentStatus value)
    {
        status = value;
        return this;
    }

    public ContentItemBuilder On(int year, int month, int day)
    {
        date = new DateOnly(year, month, day);
        return this;
    }

    public ContentItemBuilder ModifiedOn(int year, int month, int day)
    {
        modified = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc);
        return this;
    }

    public ContentItemBuilder Tagged(params string[] values)
    {
        tags = values;
        return this;
    }

    public ContentItem Build() => new(
        path,
        Faker.Lorem.Sentence(5),
        kind,
        status,
        date,
        tags,
        Summary: null,
        Url: kind == ContentKind.Share ? Faker.Internet.Url() : null,
        modified,
        new Dictionary<string, string>());

    public static implicit operator ContentItem(ContentItemBuilder builder) => builder.Build();
}
