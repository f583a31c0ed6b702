using System.Text;
using ValueFirst.Core.Contacts;
using ValueFirst.Testing.LinkedIn;

namespace ValueFirst.Core.Tests.Contacts;

public sealed class ConnectionsCsvReaderTests
{
    private static ConnectionsFile Read(byte[] bytes, int maxRows = int.MaxValue) =>
        ConnectionsCsvReader.Read(new MemoryStream(bytes), maxRows);

    [Fact]
    public void Export_with_preamble_bom_and_crlf_reads_every_person()
    {
        var export = new ConnectionsExportBuilder().WithPeople(40);

        var file = Read(export.BuildBytes());

        Assert.Null(file.Error);
        Assert.Empty(file.Problems);
        Assert.Empty(file.MissingColumns);
        Assert.Equal(export.People.Select(p => $"{p["First Name"]} {p["Last Name"]}"), file.Connections.Select(c => c.Name));
        Assert.Equal(export.People.Select(p => p["Company"]), file.Connections.Select(c => c.Company));
    }

    [Fact]
    public void Names_with_commas_quotes_accents_and_emoji_survive_intact()
    {
        var export = new ConnectionsExportBuilder()
            .WithPerson("Renée 🚀", "Müller, PhD", "https://www.linkedin.com/in/renee", company: "Acme, \"The Best\" Ltd", position: "Head of Ça Va");

        var person = Assert.Single(Read(export.BuildBytes()).Connections);

        Assert.Equal("Renée 🚀 Müller, PhD", person.Name);
        Assert.Equal("Acme, \"The Best\" Ltd", person.Company);
        Assert.Equal("Head of Ça Va", person.Position);
    }

    [Fact]
    public void Missing_email_is_read_as_none()
    {
        var export = new ConnectionsExportBuilder().WithPerson("Ana", "Lima", "https://www.linkedin.com/in/ana", email: "");

        Assert.Null(Assert.Single(Read(export.BuildBytes()).Connections).Email);
    }

    [Theory]
    [InlineData("27 Nov 2026", 2026, 11, 27)]
    [InlineData("07 Feb 2022", 2022, 2, 7)]
    [InlineData("7-Feb-22", 2022, 2, 7)]
    [InlineData("15-Sep-19", 2019, 9, 15)]
    public void Both_date_styles_are_read(string written, int year, int month, int day)
    {
        var export = new ConnectionsExportBuilder().WithPerson("Ana", "Lima", "https://www.linkedin.com/in/ana", connectedOn: written);

        Assert.Equal(new DateOnly(year, month, day), Assert.Single(Read(export.BuildBytes()).Connections).ConnectedOn);
    }

    [Fact]
    public void Plain_csv_without_preamble_or_bom_and_with_unix_newlines_is_read()
    {
        var export = new ConnectionsExportBuilder().WithoutPreamble().WithoutBom().WithUnixLineEndings().WithPeople(5);

        var file = Read(export.BuildBytes());

        Assert.Equal(5, file.Connections.Count);
        Assert.Equal(2, file.Connections[0].LineNumber);
    }

    [Fact]
    public void Reordered_and_extra_columns_are_matched_by_name()
    {
        var export = new ConnectionsExportBuilder()
            .WithHeader("Company", "Tags", "Connected On", "Last Name", "URL", "First Name", "Position", "Email Address")
            .WithPerson("Ana", "Lima", "HTTP://LinkedIn.com/in/Ana-Lima/?trk=x", "ana@example.com", "Acme", "CEO", "1 Mar 2024");

        var person = Assert.Single(Read(export.BuildBytes()).Connections);

        Assert.Equal(new LinkedInConnection(5, "Ana", "Lima", "https://www.linkedin.com/in/ana-lima", "ana@example.com", "Acme", "CEO", new DateOnly(2024, 3, 1)), person);
    }

    [Fact]
    public void Older_export_without_url_position_and_date_imports_what_is_there_and_says_what_is_missing()
    {
        var export = new ConnectionsExportBuilder()
            .WithHeader("First Name", "Last Name", "Email Address", "Company")
            .WithPerson("Ana", "Lima", email: "ana@example.com", company: "Acme");

        var file = Read(export.BuildBytes());

        var person = Assert.Single(file.Connections);
        Assert.Null(person.ProfileUrl);
        Assert.Equal("Acme", person.Company);
        Assert.False(file.HasUrlColumn);
        Assert.Equal(["URL", "Position", "Connected On"], file.MissingColumns);
    }

    [Fact]
    public void Unreadable_rows_are_listed_with_line_number_and_reason_and_the_rest_imported()
    {
        var export = new ConnectionsExportBuilder()
            .WithPerson("Ana", "Lima", "https://www.linkedin.com/in/ana")
            .WithRawLine("Bob,Bad \"quote\" here,https://www.linkedin.com/in/bob,,Acme,CEO,1 Mar 2024")
            .WithPerson("Cy", "Doe", "https://www.linkedin.com/in/cy", connectedOn: "31 Foo 2024")
            .WithPerson("", "", "https://www.linkedin.com/in/hidden")
            .WithPerson("Dee", "Ray", "mailto:dee@example.com")
            .WithRawLine("Eve,Short")
            .WithPerson("Fay", "Wu", "https://www.linkedin.com/in/fay");

        var file = Read(export.BuildBytes());

        Assert.Equal(["Ana Lima", "Fay Wu"], file.Connections.Select(c => c.Name));
        Assert.Equal([export.LineOf(1), export.LineOf(2), export.LineOf(3), export.LineOf(4), export.LineOf(5)], file.Problems.Select(p => p.LineNumber));
        Assert.Contains("quote", file.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("31 Foo 2024", file.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Contains("name", file.Problems[2].Reason, StringComparison.Ordinal);
        Assert.Contains("not a web address", file.Problems[3].Reason, StringComparison.Ordinal);
        Assert.Contains("2 values", file.Problems[4].Reason, StringComparison.Ordinal);
        Assert.Equal(export.LineOf(6), file.Connections[1].LineNumber);
    }

    [Fact]
    public void A_quoted_line_break_inside_a_field_keeps_later_line_numbers_right()
    {
        var export = new ConnectionsExportBuilder()
            .WithPerson("Ana", "Lima", "https://www.linkedin.com/in/ana", position: "CEO\r\nand founder")
            .WithPerson("Bo", "Ek", "https://www.linkedin.com/in/bo");

        var file = Read(export.BuildBytes());

        Assert.Equal("CEO\r\nand founder", file.Connections[0].Position);
        Assert.Equal(export.LineOf(0), file.Connections[0].LineNumber);
        Assert.Equal(export.LineOf(1) + 1, file.Connections[1].LineNumber);
    }

    [Fact]
    public void Zip_export_is_opened_and_its_connections_csv_read()
    {
        var export = new ConnectionsExportBuilder().WithPeople(12);

        var file = Read(export.BuildZip());

        Assert.Null(file.Error);
        Assert.Equal(12, file.Connections.Count);
    }

    [Fact]
    public void Zip_whose_header_understates_the_size_of_connections_csv_is_reported_as_damaged_not_as_row_problems()
    {
        var zip = new ConnectionsExportBuilder().WithPeople(40).BuildZip();
        var csvSize = UncompressedSizeOf(zip, "Connections.csv");
        // Both headers (local and central directory) claim half the real size: the reader then stops mid-row.
        SetUncompressedSize(zip, "Connections.csv", csvSize / 2);

        var file = Read(zip);

        Assert.Equal("The ZIP file is damaged: Connections.csv inside it does not match its own checksum or size. Download the export from LinkedIn again.", file.Error);
        Assert.Empty(file.Connections);
        Assert.Empty(file.Problems);
    }

    [Fact]
    public void Zip_without_connections_csv_is_refused_with_a_message()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("Profile.csv");
        }

        var file = Read(buffer.ToArray());

        Assert.Contains("no Connections.csv", file.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void File_without_the_header_is_refused()
    {
        var file = Read(Encoding.UTF8.GetBytes("Name,Email\r\nAna,ana@example.com\r\n"));

        Assert.Contains("First Name", file.Error, StringComparison.Ordinal);
        Assert.Empty(file.Connections);
    }

    [Fact]
    public void More_rows_than_allowed_refuses_the_whole_file()
    {
        var export = new ConnectionsExportBuilder().WithPeople(11);

        var file = Read(export.BuildBytes(), maxRows: 10);

        Assert.Contains("more than 10", file.Error, StringComparison.Ordinal);
        Assert.Empty(file.Connections);
    }

    private static int UncompressedSizeOf(byte[] zip, string name) => BitConverter.ToInt32(zip, CentralEntry(zip, name) + 24);

    // ZIP layout: a local header (PK\x03\x04, size at +22, name length at +26, name at +30) and a central
    // directory entry (PK\x01\x02, size at +24, name length at +28, name at +46) for each file.
    private static void SetUncompressedSize(byte[] zip, string name, int size)
    {
        var central = CentralEntry(zip, name);
        var local = BitConverter.ToInt32(zip, central + 42);
        BitConverter.GetBytes(size).CopyTo(zip, central + 24);
        BitConverter.GetBytes(size).CopyTo(zip, local + 22);
    }

    private static int CentralEntry(byte[] zip, string name)
    {
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2)
            {
                var length = BitConverter.ToUInt16(zip, i + 28);
                if (Encoding.UTF8.GetString(zip, i + 46, length).EndsWith(name, StringComparison.Ordinal))
                {
                    return i;
                }
            }
        }

        throw new InvalidOperationException($"No {name} in the ZIP.");
    }
}
