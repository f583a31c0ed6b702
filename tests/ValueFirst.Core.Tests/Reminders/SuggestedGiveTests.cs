using ValueFirst.Core.Content;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Reminders;
using ValueFirst.Core.Tests.Content;

namespace ValueFirst.Core.Tests.Reminders;

public sealed class SuggestedGiveTests
{
    private static readonly DateOnly Today = new(2026, 3, 24);

    [Fact]
    public void A_published_own_article_sharing_a_tag_is_named_and_its_done_link_logs_it_as_sent()
    {
        var entry = GiveFirstEntryBuilder.Entry(tags: ["ai", "saas"]);
        ContentItem draft = ContentItemBuilder.Article().At("drafts/ai-draft.md").Tagged("ai").WithStatus(ContentStatus.Draft);
        ContentItem published = ContentItemBuilder.Article().At("articles/saas-pricing.md").Tagged("SaaS").WithStatus(ContentStatus.Published).On(2026, 2, 1);

        var suggestion = SuggestedGive.Suggest(entry, Today, [draft, published]);

        Assert.Equal(InteractionType.SentMyArticle, suggestion.Type);
        Assert.Equal("articles/saas-pricing.md", suggestion.ContentPath);
        Assert.Contains(published.Title, suggestion.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_matching_article_a_tag_suggests_a_recommended_article_with_no_link()
    {
        var suggestion = SuggestedGive.Suggest(GiveFirstEntryBuilder.Entry(tags: ["ai"]), Today, []);

        Assert.Equal(new GiveSuggestion("Send them something useful about ai", InteractionType.SentRecommendedArticle), suggestion);
    }

    [Fact]
    public void A_first_give_without_tags_is_a_thoughtful_comment_and_a_give_due_again_a_share()
    {
        var first = GiveFirstEntryBuilder.Entry() with { Turn = GiveTurn.FirstGive };
        var again = GiveFirstEntryBuilder.Entry() with { Turn = GiveTurn.DueAgain };

        Assert.Equal(InteractionType.CommentedThoughtfully, SuggestedGive.Suggest(first, Today, []).Type);
        Assert.Equal(InteractionType.SharedTheirPost, SuggestedGive.Suggest(again, Today, []).Type);
    }

    [Fact]
    public void A_recent_role_change_is_a_congratulation()
    {
        var entry = GiveFirstEntryBuilder.Entry(tags: ["ai"]) with { RoleChangedOn = Today.AddDays(-3) };

        Assert.Equal(InteractionType.Congratulated, SuggestedGive.Suggest(entry, Today, []).Type);
    }
}
