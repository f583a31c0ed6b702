using ValueFirst.Core.Time;

namespace ValueFirst.Core.Tests.Time;

public class UserNowTests
{
    private static readonly TimeZoneInfo Auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");
    private static readonly TimeZoneInfo Lisbon = TimeZoneInfo.FindSystemTimeZoneById("Europe/Lisbon");

    [Fact]
    public void Today_is_the_date_where_the_user_lives()
    {
        // Monday 22:00 UTC is already Tuesday morning in Auckland and still Monday night in Lisbon.
        var instant = new DateTimeOffset(2026, 3, 23, 22, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 3, 24), new UserNow(instant, Auckland).Today);
        Assert.Equal(new DateOnly(2026, 3, 23), new UserNow(instant, Lisbon).Today);
    }

    [Fact]
    public void This_week_turns_at_the_users_midnight_on_sunday()
    {
        // Sunday 12:00 UTC is Monday 01:00 in Auckland (a new ISO week) and Sunday in Lisbon.
        var instant = new DateTimeOffset(2026, 3, 29, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(new IsoWeek(2026, 14), new UserNow(instant, Auckland).Week);
        Assert.Equal(new IsoWeek(2026, 13), new UserNow(instant, Lisbon).Week);
    }
}
