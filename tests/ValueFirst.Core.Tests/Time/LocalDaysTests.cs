using ValueFirst.Core.Time;

namespace ValueFirst.Core.Tests.Time;

public class LocalDaysTests
{
    [Theory]
    [InlineData(0, "today")]
    [InlineData(1, "yesterday")]
    [InlineData(9, "9 days ago")]
    [InlineData(44, "44 days ago")]
    [InlineData(45, "1 month ago")]
    [InlineData(100, "3 months ago")]
    [InlineData(365, "1 year ago")]
    [InlineData(4157, "11 years ago")]
    [InlineData(-3, "in 3 days")]
    public void Ago_reads_as_a_person_says_it(int days, string expected)
    {
        Assert.Equal(expected, LocalDays.Ago(days));
    }

    [Fact]
    public void A_date_this_year_leaves_the_year_out_and_another_years_date_keeps_it()
    {
        var today = new DateOnly(2026, 12, 2);

        Assert.Equal("16 Dec", LocalDays.Date(new DateOnly(2026, 12, 16), today));
        Assert.Equal("4 Jan 2027", LocalDays.Date(new DateOnly(2027, 1, 4), today));
    }
}
