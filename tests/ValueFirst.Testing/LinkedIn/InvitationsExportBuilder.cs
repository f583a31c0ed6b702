using System.Globalization;
using Bogus;

namespace ValueFirst.Testing.LinkedIn;

/// <summary>
/// LinkedIn's Invitations.csv: incoming and outgoing invitations with notes (commas, quotes, line breaks), in the
/// newer date style (<c>11/27/26, 2:47 PM</c> with a narrow no-break space) or the older one (<c>11/27/2026, 2:47 PM</c>).
/// </summary>
public sealed class InvitationsExportBuilder(int seed = 5)
{
    public static readonly string[] Header = ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"];

    private readonly Faker faker = new("en") { Random = new Randomizer(seed) };

    public CsvFileBuilder Csv { get; } = new(Header);

    /// <summary>The newer style, as LinkedIn writes it now.</summary>
    public static string NewerDate(DateTime utc) => utc.ToString("M/d/yy, h:mm", CultureInfo.InvariantCulture) + "\u202F" + utc.ToString("tt", CultureInfo.InvariantCulture);

    public static string OlderDate(DateTime utc) => utc.ToString("M/d/yyyy, h:mm tt", CultureInfo.InvariantCulture);

    public InvitationsExportBuilder Incoming(string from, string url, DateTime sentUtc, string message = "", bool olderDate = false)
    {
        Csv.Row(new Dictionary<string, string>
        {
            ["From"] = from, ["To"] = "Me Myself", ["Sent At"] = olderDate ? OlderDate(sentUtc) : NewerDate(sentUtc), ["Message"] = message,
            ["Direction"] = "INCOMING", ["inviterProfileUrl"] = url, ["inviteeProfileUrl"] = "https://www.linkedin.com/in/me-myself",
        });
        return this;
    }

    public InvitationsExportBuilder Outgoing(string to, string url, DateTime sentUtc, string message = "", bool olderDate = false)
    {
        Csv.Row(new Dictionary<string, string>
        {
            ["From"] = "Me Myself", ["To"] = to, ["Sent At"] = olderDate ? OlderDate(sentUtc) : NewerDate(sentUtc), ["Message"] = message,
            ["Direction"] = "OUTGOING", ["inviterProfileUrl"] = "https://www.linkedin.com/in/me-myself", ["inviteeProfileUrl"] = url,
        });
        return this;
    }

    /// <summary><paramref name="count"/> invitations, every other one incoming, every third with a note, URLs unique by index.</summary>
    public InvitationsExportBuilder WithInvitations(int count, DateTime nowUtc, string urlPrefix = "https://www.linkedin.com/in/invited-")
    {
        for (var i = 0; i < count; i++)
        {
            var name = faker.Name.FullName();
            var sent = nowUtc.AddMinutes(-faker.Random.Int(60, 60 * 24 * 60));
            var note = i % 3 == 0 ? $"Hi, we met at {faker.Company.CompanyName()}, \"great talk\".\nLet's connect." : "";
            _ = i % 2 == 0
                ? Incoming(name, $"{urlPrefix}{i}", sent, note, olderDate: i % 4 == 0)
                : Outgoing(name, $"{urlPrefix}{i}", sent, note, olderDate: i % 4 == 1);
        }

        return this;
    }

    public byte[] BuildBytes() => Csv.BuildBytes();
}
