using System.IO.Compression;
using System.Text;
using Bogus;

namespace ValueFirst.Testing.LinkedIn;

/// <summary>
/// Builds a LinkedIn <c>Connections.csv</c> the way LinkedIn writes it (Notes preamble, BOM, CRLF) with
/// realistic, awkward people: accents, emoji, commas and quotes in names and companies, missing emails.
/// Shared by the Core and Web tests (linked into the Web test project).
/// </summary>
public sealed class ConnectionsExportBuilder
{
    public static readonly string[] CurrentHeader = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"];

    private const string Preamble =
        "Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261\"\r\n\r\n";

    private static readonly string[] AwkwardFirstNames = ["José", "Zoë", "Łukasz", "Renée 🚀", "Anne-Marie", "O'Brien", "Björn", "Ña", "François"];

    private static readonly string[] AwkwardLastNames = ["García", "Müller, PhD", "\"Ace\" Nowak", "Ødegård", "Smith 🌍", "D'Angelo", "Çelik"];

    private readonly Faker faker;
    private readonly List<object> rows = [];
    private string[] header = CurrentHeader;
    private bool preamble = true;
    private bool bom = true;
    private string newline = "\r\n";

    public ConnectionsExportBuilder(int seed = 4)
    {
        faker = new Faker("en") { Random = new Randomizer(seed) };
    }

    /// <summary>The people as written (before normalisation), so tests can compare what was imported.</summary>
    public List<Dictionary<string, string>> People { get; } = [];

    public ConnectionsExportBuilder WithoutPreamble()
    {
        preamble = false;
        return this;
    }

    public ConnectionsExportBuilder WithoutBom()
    {
        bom = false;
        return this;
    }

    public ConnectionsExportBuilder WithUnixLineEndings()
    {
        newline = "\n";
        return this;
    }

    /// <summary>Another column set or order, e.g. an older export without URL, Position and Connected On.</summary>
    public ConnectionsExportBuilder WithHeader(params string[] columns)
    {
        header = columns;
        return this;
    }

    /// <summary>Adds <paramref name="count"/> people; every third has no email, every fourth an awkward name.</summary>
    public ConnectionsExportBuilder WithPeople(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var n = People.Count;
            var first = n % 4 == 1 ? AwkwardFirstNames[n / 4 % AwkwardFirstNames.Length] : faker.Name.FirstName();
            var last = n % 4 == 1 ? AwkwardLastNames[n / 4 % AwkwardLastNames.Length] : faker.Name.LastName();
            var company = n % 5 == 2 ? $"{faker.Company.CompanyName()}, Inc." : faker.Company.CompanyName();
            WithPerson(
                first,
                last,
                url: $"https://www.linkedin.com/in/{faker.Internet.UserName(first, last).ToLowerInvariant()}-{n}",
                email: n % 3 == 0 ? "" : faker.Internet.Email(first, last),
                company: company,
                position: n % 6 == 3 ? "VP \"Growth\" Sales" : faker.Name.JobTitle(),
                connectedOn: faker.Date.Between(new DateTime(2015, 1, 1), new DateTime(2026, 11, 1)).ToString("dd MMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
        }

        return this;
    }

    public ConnectionsExportBuilder WithPerson(
        string first, string last, string url = "", string email = "", string company = "", string position = "", string connectedOn = "")
    {
        var person = new Dictionary<string, string>
        {
            ["First Name"] = first,
            ["Last Name"] = last,
            ["URL"] = url,
            ["Email Address"] = email,
            ["Company"] = company,
            ["Position"] = position,
            ["Connected On"] = connectedOn,
        };
        People.Add(person);
        rows.Add(person);
        return this;
    }

    /// <summary>A line written as given, e.g. a broken row.</summary>
    public ConnectionsExportBuilder WithRawLine(string line)
    {
        rows.Add(line);
        return this;
    }

    /// <summary>The 1-based line in the built file of the <paramref name="index"/>-th row added (people and raw lines).</summary>
    public int LineOf(int index) => (preamble ? 3 : 0) + 1 + index + 1;

    public string BuildText()
    {
        var text = new StringBuilder();
        if (preamble)
        {
            text.Append(newline == "\r\n" ? Preamble : Preamble.Replace("\r\n", "\n", StringComparison.Ordinal));
        }

        text.Append(string.Join(',', header.Select(Escape))).Append(newline);
        foreach (var row in rows)
        {
            var line = row is Dictionary<string, string> person
                ? string.Join(',', header.Select(c => Escape(person.GetValueOrDefault(c, "extra"))))
                : (string)row;
            text.Append(line).Append(newline);
        }

        return text.ToString();
    }

    public byte[] BuildBytes() => (bom ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(BuildText())).ToArray();

    /// <summary>The export's ZIP as LinkedIn sends it, with Connections.csv among other files.</summary>
    public byte[] BuildZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var other = new StreamWriter(zip.CreateEntry("Basic_LinkedInDataExport_11-27-2026/Profile.csv").Open()))
            {
                other.Write("First Name,Last Name,Headline\r\nMe,Myself,Consultant\r\n");
            }

            using var csv = zip.CreateEntry("Basic_LinkedInDataExport_11-27-2026/Connections.csv").Open();
            csv.Write(BuildBytes());
        }

        return buffer.ToArray();
    }

    private static string Escape(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
