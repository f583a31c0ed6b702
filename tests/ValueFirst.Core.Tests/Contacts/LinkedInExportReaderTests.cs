using System.IO.Compression;
using System.Text;
using ValueFirst.Core.Contacts;
using ValueFirst.Testing.LinkedIn;

namespace ValueFirst.Core.Tests.Contacts;

public sealed class LinkedInExportReaderTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);

    private static LinkedInExportBuilder FullExport() => new()
    {
        Connections = new ConnectionsExportBuilder().WithPeople(5),
        Invitations = new InvitationsExportBuilder().WithInvitations(4, Now),
        Messages = new MessagesExportBuilder().WithMessages(12, [("Ana Lima", "https://www.linkedin.com/in/ana")], Now),
        Shares = new SharesExportBuilder().WithPosts(3, Now),
    };

    [Fact]
    public void Zip_export_reads_every_known_file_and_ignores_the_others()
    {
        var export = LinkedInExportReader.Read(new MemoryStream(FullExport().BuildZip()));

        Assert.Null(export.Error);
        Assert.Equal(["Connections.csv", "Invitations.csv", "messages.csv", "Shares.csv"], export.FileNames);
        Assert.Equal((5, 4, 12, 3), (export.Connections!.Connections.Count, export.Invitations!.Rows.Count, export.Messages!.Rows.Count, export.Shares!.Rows.Count));
        Assert.Empty(export.FileErrors);
    }

    [Fact]
    public void Quicker_export_without_shares_reads_what_it_has()
    {
        var builder = FullExport();
        builder.Shares = null;
        builder.Connections = null;

        var export = LinkedInExportReader.Read(new MemoryStream(builder.BuildZip()));

        Assert.Null(export.Connections);
        Assert.Null(export.Shares);
        Assert.Equal(12, export.Messages!.Rows.Count);
    }

    [Theory]
    [InlineData("invitations")]
    [InlineData("messages")]
    [InlineData("shares")]
    [InlineData("connections")]
    public void A_single_csv_is_recognised_by_its_header(string kind)
    {
        var full = FullExport();
        var bytes = kind switch
        {
            "invitations" => full.Invitations!.BuildBytes(),
            "messages" => full.Messages!.BuildBytes(),
            "shares" => full.Shares!.BuildBytes(),
            _ => full.Connections!.BuildBytes(),
        };

        var export = LinkedInExportReader.Read(new MemoryStream(bytes));

        Assert.Single(export.FileNames);
        Assert.Equal(kind, export.FileNames[0].Replace(".csv", "", StringComparison.Ordinal).ToLowerInvariant());
    }

    [Fact]
    public void A_csv_of_something_else_is_refused_naming_the_files_it_takes()
    {
        var export = LinkedInExportReader.Read(new MemoryStream("Company,Followed On\r\nAcme,2020\r\n"u8.ToArray()));

        Assert.Contains("Invitations.csv", export.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_too_large_inside_the_zip_is_refused_alone()
    {
        var builder = FullExport();
        builder.Messages = new MessagesExportBuilder().WithMessages(200, [("Ana Lima", "https://www.linkedin.com/in/ana")], Now);
        var largestOther = new[] { builder.Connections!.BuildBytes(), builder.Invitations!.BuildBytes(), builder.Shares!.BuildBytes() }.Max(b => b.Length);
        Assert.True(builder.Messages.BuildBytes().Length > largestOther);

        var export = LinkedInExportReader.Read(new MemoryStream(builder.BuildZip()), new ExportLimits(MaxEntryBytes: largestOther));

        Assert.Contains("messages.csv", export.Messages!.Error, StringComparison.Ordinal);
        Assert.Null(export.Shares!.Error);
        Assert.Contains(export.FileErrors, e => e.Contains("messages.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void Too_many_messages_refuse_the_messages_file_only()
    {
        var export = LinkedInExportReader.Read(new MemoryStream(FullExport().BuildZip()), new ExportLimits(MaxRows: 100, MaxMessageRows: 5));

        Assert.Contains("more than 5", export.Messages!.Error, StringComparison.Ordinal);
        Assert.Equal(5, export.Connections!.Connections.Count);
    }

    [Fact]
    public void A_zip_without_any_export_file_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("Profile.csv").Open(), Encoding.UTF8);
            entry.Write("First Name,Last Name\r\nMe,Myself\r\n");
        }

        var export = LinkedInExportReader.Read(new MemoryStream(buffer.ToArray()));

        Assert.Contains("none of Connections.csv", export.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Connections_problems_in_an_export_name_their_file()
    {
        var connections = new ConnectionsExportBuilder().WithPeople(2).WithPerson("", "", "https://www.linkedin.com/in/hidden");

        var export = LinkedInExportReader.Read(new MemoryStream(new LinkedInExportBuilder { Connections = connections }.BuildZip()));

        Assert.Equal("Connections.csv", Assert.Single(export.Connections!.Problems).File);
    }
}
