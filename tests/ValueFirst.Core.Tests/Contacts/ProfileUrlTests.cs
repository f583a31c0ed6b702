using ValueFirst.Core.Contacts;

namespace ValueFirst.Core.Tests.Contacts;

public sealed class ProfileUrlTests
{
    [Theory]
    [InlineData("https://www.linkedin.com/in/ana-lima", "https://www.linkedin.com/in/ana-lima")]
    [InlineData("http://www.linkedin.com/in/ana-lima", "https://www.linkedin.com/in/ana-lima")]
    [InlineData("HTTPS://WWW.LinkedIn.COM/in/Ana-Lima/", "https://www.linkedin.com/in/ana-lima")]
    [InlineData("https://linkedin.com/in/ana-lima", "https://www.linkedin.com/in/ana-lima")]
    [InlineData("https://uk.linkedin.com/in/ana-lima", "https://www.linkedin.com/in/ana-lima")]
    [InlineData("https://www.linkedin.com/in/ana-lima?trk=people&x=1#about", "https://www.linkedin.com/in/ana-lima")]
    [InlineData("  linkedin.com/in/ana-lima/  ", "https://www.linkedin.com/in/ana-lima")]
    [InlineData("https://www.example.com/Team/Ana/", "https://example.com/Team/Ana")]
    [InlineData("http://example.com:80/ana", "https://example.com/ana")]
    [InlineData("https://example.com:8443/ana", "https://example.com:8443/ana")]
    [InlineData("https://example.com/", "https://example.com")]
    public void Equivalent_addresses_normalise_to_one_form(string input, string expected) =>
        Assert.Equal(expected, ProfileUrl.Normalize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ftp://example.com/ana")]
    [InlineData("mailto:ana@example.com")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public void Non_web_addresses_are_rejected(string? input)
    {
        Assert.Null(ProfileUrl.Normalize(input));
        Assert.Equal(string.IsNullOrWhiteSpace(input), ProfileUrl.IsValidOrEmpty(input));
    }
}
