using System.Globalization;
using Bogus;

namespace ValueFirst.Testing.LinkedIn;

/// <summary>LinkedIn's Shares.csv: the owner's posts, commentary with line breaks, some sharing a link, some with media.</summary>
public sealed class SharesExportBuilder(int seed = 7)
{
    public static readonly string[] Header = ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"];

    private readonly Faker faker = new("en") { Random = new Randomizer(seed) };

    public CsvFileBuilder Csv { get; } = new(Header);

    public static string ShareLink(long activity) => $"https://www.linkedin.com/feed/update/urn:li:activity:{activity}/";

    public SharesExportBuilder Post(DateTime postedUtc, long activity, string commentary, string sharedUrl = "", bool olderDate = false)
    {
        Csv.Row(new Dictionary<string, string>
        {
            ["Date"] = postedUtc.ToString(olderDate ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["ShareLink"] = ShareLink(activity),
            ["ShareCommentary"] = commentary,
            ["SharedUrl"] = sharedUrl,
            ["MediaUrl"] = activity % 5 == 0 ? $"https://media.licdn.com/image/{activity}.jpg" : "",
            ["Visibility"] = "MEMBER_NETWORK",
        });
        return this;
    }

    public SharesExportBuilder WithPosts(int count, DateTime nowUtc)
    {
        for (var i = 0; i < count; i++)
        {
            var text = $"{faker.Lorem.Sentence()}\n\n{faker.Lorem.Paragraph()}\n#{faker.Lorem.Word()}";
            Post(nowUtc.AddDays(-faker.Random.Int(1, 1000)).AddMinutes(faker.Random.Int(0, 1440)), 7_000_000_000_000_000L + i, text,
                i % 3 == 0 ? faker.Internet.UrlWithPath("https") : "", olderDate: i % 7 == 0);
        }

        return this;
    }

    public byte[] BuildBytes() => Csv.BuildBytes();
}
