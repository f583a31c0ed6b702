using ValueFirst.Core.Content;

namespace ValueFirst.Core.Tests.Content;

public sealed class DraftPathsTests
{
    private static DraftFields Fields(string title, ContentKind kind = ContentKind.Article) =>
        new(title, kind, ContentStatus.Idea, null, [], null, null);

    [Theory]
    [InlineData("Give before you ask!", "articles/give-before-you-ask.md")]
    [InlineData("Ada's café: crème brûlée", "articles/adas-cafe-creme-brulee.md")]
    [InlineData("🚀🚀", "articles/draft.md")]
    [InlineData("../../etc/passwd", "articles/etc-passwd.md")]
    [InlineData("日本語", "articles/draft.md")]
    public void A_new_draft_is_named_after_its_title_in_plain_letters(string title, string path)
    {
        Assert.Equal(path, DraftPaths.For(Fields(title)));
    }

    [Fact]
    public void Shares_go_to_their_own_folder_and_a_taken_name_gets_a_number()
    {
        Assert.Equal("shares/a-good-read.md", DraftPaths.For(Fields("A good read", ContentKind.Share)));
        Assert.Equal("articles/a-good-read-3.md", DraftPaths.For(Fields("A good read"), attempt: 3));
    }

    [Fact]
    public void A_long_title_gives_a_short_name_that_is_still_a_valid_draft_path()
    {
        var path = DraftPaths.For(Fields(string.Join(' ', Enumerable.Repeat("referrals", 40))));

        Assert.True(path.Length <= "articles/".Length + 60 + ".md".Length);
        Assert.True(new ContentFolder(Path.GetTempPath()).IsValidPath(path));
        Assert.DoesNotContain("--", path, StringComparison.Ordinal);
        Assert.False(path.EndsWith("-.md", StringComparison.Ordinal));
    }
}
