using ValueFirst.Core.Content;

namespace ValueFirst.Core.Tests.Content;

public sealed class LinkedInPostBuilderTests
{
    private static ContentItem Item(string title, string? summary = null, string? url = null, IReadOnlyList<string>? tags = null, ContentKind kind = ContentKind.Article) =>
        new("articles/x.md", title, kind, ContentStatus.Published, new DateOnly(2026, 12, 8), tags ?? [], summary, url, default, new Dictionary<string, string>());

    private const string Article = """
        ---
        title: Give before you ask
        ---

        # Give before you ask

        Nobody likes the connection who asks for a meeting the day after connecting.

        ## Share a contact's post with a sentence of your own

        Text.

        ## Send an article that answers their question

        ### A detail that is not a key point

        ## Introduce two people who should know each other
        """;

    [Fact]
    public void The_post_has_the_hook_the_key_points_from_the_headings_the_link_and_the_hashtags_in_that_order()
    {
        var item = Item("Give before you ask", "Why three gives before an ask beat a hundred cold messages.", "https://example.com/give-first", ["referrals", "networking"]);

        var post = LinkedInPostBuilder.Build(item, Article);

        Assert.Equal("""
            Give before you ask

            Why three gives before an ask beat a hundred cold messages.

            In the article:
            → Share a contact's post with a sentence of your own
            → Send an article that answers their question
            → Introduce two people who should know each other

            Read it here: https://example.com/give-first

            #referrals #networking
            """.ReplaceLineEndings("\n"), post.Text);
        Assert.Null(post.FirstComment);
        Assert.True(post.HookFitsBeforeFold);
    }

    [Fact]
    public void With_the_link_in_the_first_comment_the_post_says_so_and_the_comment_is_the_link()
    {
        var post = LinkedInPostBuilder.Build(Item("Give first", url: "https://example.com/give-first"), Article, LinkPlacement.FirstComment);

        Assert.Contains("Link in the first comment.", post.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", post.Text, StringComparison.Ordinal);
        Assert.Equal("https://example.com/give-first", post.FirstComment);
    }

    [Fact]
    public void A_draft_without_a_published_link_gets_no_link_line()
    {
        var post = LinkedInPostBuilder.Build(Item("Give first", url: "javascript:alert(1)"), Article);

        Assert.DoesNotContain("Read it here", post.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hook_fits_before_the_fold_even_when_the_title_and_summary_are_long()
    {
        var title = string.Join(' ', Enumerable.Repeat("Referrals", 25)) + " 🚀";
        var summary = string.Join(' ', Enumerable.Repeat("summary", 40));

        var post = LinkedInPostBuilder.Build(Item(title, summary), Article);

        Assert.True(LinkedInText.Count(post.Hook) <= LinkedInText.Fold);
        Assert.EndsWith("Referrals" + LinkedInText.Ellipsis, post.Hook, StringComparison.Ordinal);
        Assert.StartsWith(post.Hook + "\n\n" + summary, post.Text, StringComparison.Ordinal);
        Assert.Equal(post.Text[..LinkedInText.Fold], post.BeforeFold);
    }

    [Fact]
    public void A_long_article_is_cut_to_3000_characters_by_dropping_whole_key_points_from_the_end_and_keeps_its_link_and_hashtags()
    {
        var headings = Enumerable.Range(1, 30).Select(i => $"Point {i:00}: {new string('x', 180)}").ToList();
        var markdown = string.Concat(headings.Select(h => $"\n## {h}\n\nText.\n"));
        var summary = string.Join(' ', Enumerable.Repeat("summary", 250));

        var title = "Long " + new string('t', 195);
        var tags = Enumerable.Range(1, 5).Select(i => $"tag{i}" + new string('z', 36)).ToList();

        var post = LinkedInPostBuilder.Build(Item(title, summary, "https://example.com/long", tags), markdown);

        Assert.True(post.Length <= LinkedInText.MaxLength, $"{post.Length} characters");
        Assert.InRange(post.KeyPoints.Count, 1, LinkedInPostBuilder.MaxKeyPoints - 1);
        Assert.Equal(LinkedInPostBuilder.MaxKeyPoints - post.KeyPoints.Count, post.KeyPointsLeftOut);
        Assert.Equal(headings.Take(post.KeyPoints.Count), post.KeyPoints);
        Assert.Contains(LinkedInText.Shorten(summary, LinkedInPostBuilder.MaxSummaryLength), post.Text, StringComparison.Ordinal);
        Assert.EndsWith("Read it here: https://example.com/long\n\n" + string.Join(' ', tags.Select(t => "#" + t)), post.Text, StringComparison.Ordinal);
        Assert.StartsWith(title + "\n\n", post.Text, StringComparison.Ordinal);
        // One more key point would not have fitted.
        Assert.True(post.Length + 3 + headings[post.KeyPoints.Count].Length > LinkedInText.MaxLength);
    }

    [Fact]
    public void A_link_too_long_for_the_post_goes_to_the_first_comment()
    {
        var url = "https://example.com/?q=" + new string('u', 3000);

        var post = LinkedInPostBuilder.Build(Item("Tracked", url: url), Article);

        Assert.True(post.Length <= LinkedInText.MaxLength);
        Assert.Equal(url, post.FirstComment);
        Assert.Contains("Link in the first comment.", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_without_headings_gets_its_opening_paragraph_instead()
    {
        var post = LinkedInPostBuilder.Build(Item("Short one"), "---\ntitle: Short one\n---\n\nThe **first** paragraph says it all.\n\nMore.\n");

        Assert.Contains("\n\nThe first paragraph says it all.", post.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("More.", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hashtags_join_the_words_of_a_tag_keep_accents_drop_repeats_and_stop_at_five()
    {
        var tags = LinkedInPostBuilder.Hashtags(["thought-leadership", "Thought Leadership", "café crème", "sales", "B2B", "c#", "  ", "--", "one", "two"]);

        Assert.Equal(["#ThoughtLeadership", "#CaféCrème", "#sales", "#B2B", "#c"], tags);
    }

    [Theory]
    [InlineData("Café", 4)]            // é as one code point
    [InlineData("Cafe\u0301", 4)]      // e + combining acute: normalised to é first
    [InlineData("🚀", 2)]              // outside the BMP: two UTF-16 code units
    [InlineData("👍🏽", 4)]             // with a skin tone
    [InlineData("🇵🇹", 4)]             // a flag: two regional indicators
    [InlineData("👩‍👩‍👦‍👦", 11)]          // four people joined by three zero-width joiners
    [InlineData("日本語", 3)]
    public void Characters_are_counted_as_LinkedIn_counts_them(string text, int count)
    {
        Assert.Equal(count, LinkedInText.Count(text));
    }

    [Fact]
    public void Shortening_never_cuts_an_emoji_or_a_letter_from_its_accent()
    {
        var family = "👩‍👩‍👦‍👦";
        var text = string.Concat(Enumerable.Repeat(family, 30)) + " end";

        for (var max = 2; max < 60; max++)
        {
            var cut = LinkedInText.Shorten(text, max);

            Assert.True(LinkedInText.Count(cut) <= max, $"{max}: {cut.Length}");
            Assert.Equal(0, (cut.Length - LinkedInText.Ellipsis.Length) % family.Length);
        }

        Assert.Equal("Résumé…", LinkedInText.Shorten("Re\u0301sume\u0301 writing", 7));
        Assert.Equal("q\u0301…", LinkedInText.Shorten("q\u0301q\u0301q\u0301q\u0301", 4));
    }

    [Fact]
    public void Emoji_in_the_title_and_tags_count_double_against_the_fold()
    {
        var title = string.Concat(Enumerable.Repeat("🚀", 104)) + " go"; // 208 + 3 = 211 code units, 106 visible characters

        var post = LinkedInPostBuilder.Build(Item(title), "Body.");

        Assert.True(LinkedInText.Count(post.Hook) <= LinkedInText.Fold);
        Assert.Equal(string.Concat(Enumerable.Repeat("🚀", 104)) + LinkedInText.Ellipsis, post.Hook);
    }
}
