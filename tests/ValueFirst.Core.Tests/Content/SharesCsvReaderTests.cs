using ValueFirst.Core.Content;
using ValueFirst.Testing.LinkedIn;

namespace ValueFirst.Core.Tests.Content;

public sealed class SharesCsvReaderTests
{
    private static readonly DateTime Posted = new(2026, 3, 10, 8, 30, 0, DateTimeKind.Utc);

    private static Core.Contacts.ImportFile<LinkedInShare> Read(byte[] bytes) => SharesCsvReader.Read(new StreamReader(new MemoryStream(bytes)));

    [Fact]
    public void Own_post_and_shared_link_are_told_apart_and_the_commentary_keeps_its_lines()
    {
        var file = Read(new SharesExportBuilder()
            .Post(Posted, 101, "Three things I learned,\n\"the hard way\"\n\n#sales")
            .Post(Posted.AddDays(1), 102, "Worth reading", "https://example.com/article?utm=x")
            .BuildBytes());

        Assert.Empty(file.Problems);
        Assert.Equal([ContentKind.Article, ContentKind.Share], file.Rows.Select(r => r.Kind));
        Assert.Equal("Three things I learned,\n\"the hard way\"\n\n#sales", file.Rows[0].Commentary);
        Assert.Equal("https://www.linkedin.com/feed/update/urn:li:activity:101", file.Rows[0].ShareUrl);
        Assert.Equal("https://example.com/article", file.Rows[1].SharedUrl);
        Assert.Equal(Posted, file.Rows[0].PostedUtc);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Newer_and_older_date_styles_are_read(bool older)
    {
        var post = Assert.Single(Read(new SharesExportBuilder().Post(Posted, 1, "x", olderDate: older).BuildBytes()).Rows);

        Assert.Equal(Posted, post.PostedUtc);
    }

    [Fact]
    public void Missing_optional_columns_are_listed_and_bad_rows_named_with_file_and_line()
    {
        var export = new SharesExportBuilder().Post(Posted, 1, "kept");
        export.Csv.WithHeader("Date", "ShareLink").WithUnixLineEndings().WithoutBom()
            .Raw("2026-03-11 10:00:00,")
            .Raw("someday,https://www.linkedin.com/feed/update/urn:li:activity:3/");

        var file = Read(export.BuildBytes());

        Assert.Single(file.Rows);
        Assert.Equal(["ShareCommentary", "SharedUrl", "MediaUrl"], file.MissingColumns);
        Assert.Equal([(export.Csv.LineOf(1), "Shares.csv"), (export.Csv.LineOf(2), "Shares.csv")], file.Problems.Select(p => (p.LineNumber, p.File!)));
        Assert.Contains("someday", file.Problems[1].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "LinkedIn post")]
    [InlineData("\n\nFirst line\nsecond", "First line")]
    public void Title_is_the_first_line_of_the_commentary(string? commentary, string title) =>
        Assert.Equal(title, SharesCsvReader.TitleOf(commentary));
}
