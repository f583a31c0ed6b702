using System.Globalization;
using Bogus;

namespace ValueFirst.Testing.LinkedIn;

/// <summary>
/// LinkedIn's messages.csv: conversations between the owner (<see cref="OwnerUrl"/>) and others, bodies with quoted
/// line breaks, commas and quotes, sponsored messages without a sender URL, in the newer date style
/// (<c>2026-11-27 14:47:19 UTC</c>) or the older one without the zone.
/// </summary>
public sealed class MessagesExportBuilder(int seed = 6)
{
    public const string OwnerUrl = "https://www.linkedin.com/in/me-myself";

    public const string OwnerName = "Me Myself";

    public static readonly string[] Header =
        ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"];

    private readonly Faker faker = new("en") { Random = new Randomizer(seed) };

    public CsvFileBuilder Csv { get; } = new(Header);

    public static string NewerDate(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    public static string OlderDate(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A message from them to me (<paramref name="fromThem"/>) or from me to them.</summary>
    public MessagesExportBuilder Message(string conversation, string name, string url, bool fromThem, DateTime sentUtc, string content, bool olderDate = false)
    {
        Csv.Row(new Dictionary<string, string>
        {
            ["CONVERSATION ID"] = conversation,
            ["CONVERSATION TITLE"] = "",
            ["FROM"] = fromThem ? name : OwnerName,
            ["SENDER PROFILE URL"] = fromThem ? url : OwnerUrl,
            ["TO"] = fromThem ? OwnerName : name,
            ["RECIPIENT PROFILE URLS"] = fromThem ? OwnerUrl : url,
            ["DATE"] = olderDate ? OlderDate(sentUtc) : NewerDate(sentUtc),
            ["SUBJECT"] = "",
            ["CONTENT"] = content,
            ["FOLDER"] = "INBOX",
        });
        return this;
    }

    /// <summary>A sponsored InMail: a sender name but no sender URL.</summary>
    public MessagesExportBuilder Sponsored(DateTime sentUtc)
    {
        Csv.Row(new Dictionary<string, string>
        {
            ["CONVERSATION ID"] = "sponsored-" + Csv.Count, ["CONVERSATION TITLE"] = "", ["FROM"] = "LinkedIn Premium", ["SENDER PROFILE URL"] = "", ["TO"] = OwnerName,
            ["RECIPIENT PROFILE URLS"] = OwnerUrl, ["DATE"] = NewerDate(sentUtc), ["SUBJECT"] = "Try Premium", ["CONTENT"] = "An offer", ["FOLDER"] = "SPONSORED",
        });
        return this;
    }

    /// <summary>
    /// <paramref name="count"/> messages spread over conversations with <paramref name="people"/> (name, URL), most recent
    /// last; a quarter of the bodies span several lines.
    /// </summary>
    public MessagesExportBuilder WithMessages(int count, IReadOnlyList<(string Name, string Url)> people, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(people);
        for (var i = 0; i < count; i++)
        {
            var (name, url) = people[(int)(Math.Pow(faker.Random.Double(), 2) * people.Count)];
            var body = i % 4 == 0 ? $"{faker.Lorem.Sentence()}\n\n{faker.Lorem.Sentence()}, \"{faker.Lorem.Word()}\"" : faker.Lorem.Sentence(faker.Random.Int(4, 20));
            Message($"2-{BenchmarkSlug(url)}", name, url, faker.Random.Bool(), nowUtc.AddMinutes(-faker.Random.Int(1, 60 * 24 * 700)), body, olderDate: i % 10 == 0);
        }

        return this;
    }

    public byte[] BuildBytes() => Csv.BuildBytes();

    private static string BenchmarkSlug(string url) => url[(url.LastIndexOf('/') + 1)..];
}
