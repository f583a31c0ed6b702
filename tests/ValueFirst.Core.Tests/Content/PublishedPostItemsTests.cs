using ValueFirst.Core.Content;

namespace ValueFirst.Core.Tests.Content;

public sealed class PublishedPostItemsTests
{
    private static readonly DateOnly Posted = new(2026, 2, 10);

    private static ContentItem Draft(string path, string? url, ContentStatus status = ContentStatus.Ready, DateOnly? date = null) =>
        new(path, path, ContentKind.Article, status, date, [], null, url, DateTime.UnixEpoch, new Dictionary<string, string>());

    private static PublishedPost Post(string url, string? shared = null) => new(url, shared, Posted, "A post", shared is null ? ContentKind.Article : ContentKind.Share);

    [Fact]
    public void A_post_with_no_draft_becomes_a_published_item_of_its_own()
    {
        var items = PublishedPostItems.Merge([Draft("a.md", null)], [Post("https://www.linkedin.com/feed/update/urn:li:activity:1")]);

        var post = Assert.Single(items, PublishedPostItems.IsPost);
        Assert.Equal((ContentStatus.Published, (DateOnly?)Posted), (post.Status, post.Date));
        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void A_draft_whose_url_is_the_post_is_published_on_that_day_and_not_doubled()
    {
        var items = PublishedPostItems.Merge(
            [Draft("a.md", "http://LinkedIn.com/feed/update/urn:li:activity:1/")],
            [Post("https://www.linkedin.com/feed/update/urn:li:activity:1")]);

        var item = Assert.Single(items);
        Assert.Equal(("a.md", ContentStatus.Published, (DateOnly?)Posted), (item.Path, item.Status, item.Date));
    }

    [Fact]
    public void A_share_draft_is_matched_by_the_link_the_post_shared()
    {
        var items = PublishedPostItems.Merge(
            [Draft("share.md", "https://example.com/article")],
            [Post("https://www.linkedin.com/feed/update/urn:li:activity:2", "https://example.com/article")]);

        Assert.Equal(ContentStatus.Published, Assert.Single(items).Status);
    }

    [Fact]
    public void A_draft_already_published_with_a_date_keeps_its_date()
    {
        var published = new DateOnly(2026, 2, 9);
        var items = PublishedPostItems.Merge([Draft("a.md", "https://x.example/p", ContentStatus.Published, published)], [Post("https://x.example/p")]);

        Assert.Equal(published, Assert.Single(items).Date);
    }

    [Fact]
    public void Posts_count_for_their_quarter_in_the_plan()
    {
        var items = PublishedPostItems.Merge([], [Post("https://www.linkedin.com/feed/update/urn:li:activity:3")]);

        var plan = CadencePlanner.Plan(items, new PlanOptions(new DateOnly(2026, 3, 1)));

        Assert.Equal(QuarterState.Met, plan.CurrentQuarter.State);
        Assert.Equal(MonthState.Own, plan.Months.Single(m => m.Month.Contains(Posted)).State);
    }
}
