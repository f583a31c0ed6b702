using ValueFirst.Core.Contacts;
using ValueFirst.Testing.LinkedIn;

namespace ValueFirst.Core.Tests.Contacts;

public sealed class MessagesCsvReaderTests
{
    private static readonly DateTime Sent = new(2026, 11, 20, 14, 47, 19, DateTimeKind.Utc);

    private static ImportFile<LinkedInMessage> Read(byte[] bytes) => MessagesCsvReader.Read(new StreamReader(new MemoryStream(bytes)));

    [Fact]
    public void Body_keeps_its_quoted_line_breaks_and_the_next_row_has_the_right_line()
    {
        var export = new MessagesExportBuilder()
            .Message("c1", "Ana Lima", "https://www.linkedin.com/in/ana", fromThem: true, Sent, "Hi,\r\nthanks for the \"intro\".\r\n\r\nAna")
            .Message("c1", "Ana Lima", "https://www.linkedin.com/in/ana", fromThem: false, Sent.AddHours(1), "You're welcome");

        var file = Read(export.BuildBytes());

        Assert.Empty(file.Problems);
        Assert.Equal("Hi,\r\nthanks for the \"intro\".\r\n\r\nAna", file.Rows[0].Content);
        Assert.Equal(export.Csv.LineOf(1), file.Rows[1].LineNumber);
        Assert.Equal(6, file.Rows[1].LineNumber);
        Assert.Equal("https://www.linkedin.com/in/ana", file.Rows[0].SenderUrl);
        Assert.Equal([MessagesExportBuilder.OwnerUrl], file.Rows[0].RecipientUrls);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Newer_and_older_date_styles_read_as_utc(bool older)
    {
        var message = Assert.Single(Read(new MessagesExportBuilder()
            .Message("c1", "Ana", "https://www.linkedin.com/in/ana", true, Sent, "x", olderDate: older).BuildBytes()).Rows);

        Assert.Equal(Sent, message.SentUtc);
        Assert.Equal(DateTimeKind.Utc, message.SentUtc.Kind);
    }

    [Fact]
    public void Sponsored_message_has_no_sender_url_and_is_still_read()
    {
        var message = Assert.Single(Read(new MessagesExportBuilder().Sponsored(Sent).BuildBytes()).Rows);

        Assert.Null(message.SenderUrl);
        Assert.Equal("LinkedIn Premium", message.From);
    }

    [Fact]
    public void Several_recipient_urls_are_each_normalised()
    {
        var text = "CONVERSATION ID,FROM,SENDER PROFILE URL,RECIPIENT PROFILE URLS,DATE,CONTENT\n"
            + "g1,Ana,https://www.linkedin.com/in/ana,\"https://LinkedIn.com/in/Bo/,https://www.linkedin.com/in/cy?trk=1\",2026-11-20 14:47:19 UTC,hello all\n";

        var message = Assert.Single(MessagesCsvReader.Read(new StringReader(text)).Rows);

        Assert.Equal(["https://www.linkedin.com/in/bo", "https://www.linkedin.com/in/cy"], message.RecipientUrls);
    }

    [Fact]
    public void Missing_columns_are_listed_and_rows_without_id_or_date_are_problems()
    {
        var export = new MessagesExportBuilder().Message("c1", "Ana", "https://www.linkedin.com/in/ana", true, Sent, "kept");
        export.Csv.WithHeader("CONVERSATION ID", "FROM", "SENDER PROFILE URL", "DATE", "CONTENT")
            .Raw(",Bo,https://www.linkedin.com/in/bo,2026-11-20 10:00:00 UTC,no id")
            .Raw("c2,Bo,https://www.linkedin.com/in/bo,last tuesday,bad date");

        var file = Read(export.BuildBytes());

        Assert.Equal("kept", Assert.Single(file.Rows).Content);
        Assert.Equal(["CONVERSATION TITLE", "TO", "RECIPIENT PROFILE URLS", "SUBJECT", "FOLDER"], file.MissingColumns);
        Assert.Equal([export.Csv.LineOf(1), export.Csv.LineOf(2)], file.Problems.Select(p => p.LineNumber));
        Assert.Contains("last tuesday", file.Problems[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_printed_message_shows_no_text()
    {
        var message = Assert.Single(Read(new MessagesExportBuilder().Message("c1", "Ana", "https://www.linkedin.com/in/ana", true, Sent, "private words").BuildBytes()).Rows);

        Assert.DoesNotContain("private", message.ToString(), StringComparison.Ordinal);
    }
}
