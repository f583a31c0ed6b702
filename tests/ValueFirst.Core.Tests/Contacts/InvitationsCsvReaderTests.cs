using ValueFirst.Core.Contacts;
using ValueFirst.Testing.LinkedIn;

namespace ValueFirst.Core.Tests.Contacts;

public sealed class InvitationsCsvReaderTests
{
    private static readonly DateTime Sent = new(2026, 11, 20, 14, 47, 0, DateTimeKind.Utc);

    private static ImportFile<LinkedInInvitation> Read(byte[] bytes) =>
        InvitationsCsvReader.Read(new StreamReader(new MemoryStream(bytes)));

    [Fact]
    public void Incoming_invitation_is_read_from_the_inviter_with_the_note_kept_as_written()
    {
        var file = Read(new InvitationsExportBuilder()
            .Incoming("Ana Lima", "https://LinkedIn.com/in/Ana-Lima/", Sent, "Hi Ana here, \"loved\" your talk,\nlet's connect")
            .BuildBytes());

        var invitation = Assert.Single(file.Rows);
        Assert.Equal(new LinkedInInvitation(2, InvitationDirection.Incoming, "Ana Lima", "https://www.linkedin.com/in/ana-lima", Sent,
            "Hi Ana here, \"loved\" your talk,\nlet's connect"), invitation);
        Assert.Empty(file.Problems);
    }

    [Fact]
    public void Outgoing_invitation_is_read_from_the_invitee()
    {
        var invitation = Assert.Single(Read(new InvitationsExportBuilder().Outgoing("Bo Chen", "https://www.linkedin.com/in/bo", Sent).BuildBytes()).Rows);

        Assert.Equal((InvitationDirection.Outgoing, "Bo Chen", "https://www.linkedin.com/in/bo"), (invitation.Direction, invitation.Name, invitation.ProfileUrl));
        Assert.Null(invitation.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Newer_and_older_date_styles_read_to_the_same_instant(bool older)
    {
        var invitation = Assert.Single(Read(new InvitationsExportBuilder().Incoming("Ana Lima", "https://www.linkedin.com/in/ana", Sent, olderDate: older).BuildBytes()).Rows);

        Assert.Equal(Sent, invitation.SentUtc);
    }

    [Fact]
    public void Older_export_without_url_columns_reads_names_and_lists_the_missing_columns()
    {
        var export = new InvitationsExportBuilder().Incoming("Ana Lima", "https://www.linkedin.com/in/ana", Sent, "Hello");
        export.Csv.WithHeader("From", "To", "Sent At", "Message", "Direction").WithoutBom().WithUnixLineEndings();

        var file = Read(export.BuildBytes());

        Assert.Null(Assert.Single(file.Rows).ProfileUrl);
        Assert.Equal(["inviterProfileUrl", "inviteeProfileUrl"], file.MissingColumns);
    }

    [Fact]
    public void Unreadable_rows_name_file_and_line_and_the_rest_is_read()
    {
        var export = new InvitationsExportBuilder()
            .Incoming("Ana Lima", "https://www.linkedin.com/in/ana", Sent, "first line\nsecond line");
        export.Csv
            .Raw("Bo,Me,\"11/2/26, 1:00 PM\",,SIDEWAYS,,")
            .Raw("Cy,Me,yesterday,,INCOMING,https://www.linkedin.com/in/cy,")
            .Raw(",Me,\"11/2/26, 1:00 PM\",,INCOMING,https://www.linkedin.com/in/nobody,")
            .Raw("Di,Me,\"11/2/26, 1:00 PM\",,INCOMING,mailto:di@example.com,");
        export.Outgoing("Ed Park", "https://www.linkedin.com/in/ed", Sent);

        var file = Read(export.BuildBytes());

        Assert.Equal(["Ana Lima", "Ed Park"], file.Rows.Select(r => r.Name));
        Assert.Equal([export.Csv.LineOf(1), export.Csv.LineOf(2), export.Csv.LineOf(3), export.Csv.LineOf(4)], file.Problems.Select(p => p.LineNumber));
        Assert.All(file.Problems, p => Assert.Equal("Invitations.csv", p.File));
        Assert.Contains("SIDEWAYS", file.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("yesterday", file.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Contains("No name", file.Problems[2].Reason, StringComparison.Ordinal);
        Assert.Contains("not a web address", file.Problems[3].Reason, StringComparison.Ordinal);
        Assert.Equal(export.Csv.LineOf(5), file.Rows[1].LineNumber);
    }

    [Fact]
    public void A_file_without_the_header_is_refused_as_a_whole()
    {
        var file = InvitationsCsvReader.Read(new StringReader("Name,When\r\nAna,today\r\n"));

        Assert.Contains("\"Direction\"", file.Error, StringComparison.Ordinal);
        Assert.Empty(file.Rows);
    }
}
