using System.Globalization;
using Bogus;
using ValueFirst.Core.Contacts;

namespace ValueFirst.Core.Tests.Contacts;

public class LinkedInDatesTests
{
    [Theory]
    [InlineData("2026-11-27 14:47:19 UTC", 2026, 11, 27, 14, 47, 19)]
    [InlineData("2026-11-27 14:47:19", 2026, 11, 27, 14, 47, 19)]
    [InlineData("  2024-02-29 00:00:00 UTC ", 2024, 2, 29, 0, 0, 0)]
    [InlineData("11/27/26, 2:47\u202FPM", 2026, 11, 27, 14, 47, 0)]
    [InlineData("2026-11-27", 2026, 11, 27, 0, 0, 0)]
    public void Reads_each_style_as_utc(string text, int year, int month, int day, int hour, int minute, int second)
    {
        var parsed = LinkedInDates.ParseUtc(text);

        Assert.Equal(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc), parsed);
        Assert.Equal(DateTimeKind.Utc, parsed!.Value.Kind);
    }

    [Theory]
    [InlineData("2026-02-30 10:00:00 UTC")]
    [InlineData("2026-13-01 10:00:00")]
    [InlineData("2026-11-27 24:00:00 UTC")]
    [InlineData("2026-11-27 14:60:00")]
    [InlineData("2026-1a-27 14:47:19")]
    [InlineData("yesterday")]
    public void Refuses_what_is_no_date(string text) => Assert.Null(LinkedInDates.ParseUtc(text));

    // The digit-by-digit reader of the messages file's style must agree with the format list it stands in front of, on
    // good dates and on near misses (day 31 of a 30-day month, hour 24, a letter, a missing digit).
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_fast_reader_agrees_with_the_format_list(int seed)
    {
        var random = new Randomizer(seed);
        for (var i = 0; i < 5_000; i++)
        {
            var text = string.Create(CultureInfo.InvariantCulture,
                $"{random.Number(1, 9999):0000}-{random.Number(0, 13):00}-{random.Number(0, 32):00} {random.Number(0, 25):00}:{random.Number(0, 61):00}:{random.Number(0, 61):00}");
            if (random.Bool(0.1f))
            {
                var at = random.Number(0, text.Length - 1);
                text = text.Remove(at, 1).Insert(at, random.ArrayElement(["x", "", "7", " "]));
            }

            if (random.Bool())
            {
                text += " UTC";
            }

            var expected = DateTime.TryParseExact(text, ["yyyy-MM-dd HH:mm:ss 'UTC'", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
                ? value
                : (DateTime?)null;

            var fast = LinkedInDates.ParseIsoSeconds(text);

            if (fast is not null || text.Length is 19 or 23)
            {
                Assert.True(expected == fast, $"'{text}': format list {expected?.ToString("O", CultureInfo.InvariantCulture) ?? "null"}, fast {fast?.ToString("O", CultureInfo.InvariantCulture) ?? "null"}");
            }
        }
    }
}
