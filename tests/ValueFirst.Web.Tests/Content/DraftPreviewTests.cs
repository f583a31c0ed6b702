using System.Net;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Content;

[Trait(BothProviders.Trait, BothProviders.Value)]
public sealed class DraftPreviewTests : IDisposable
{
    private readonly TestApp app = new();

    private Task<HttpClient> SignedInAsync() => AccountSession.RegisterAndSignInAsync(app, "preview@example.com");

    [Fact]
    public async Task Preview_does_not_emit_script_elements_or_javascript_links()
    {
        ContentFiles.Write(app.ContentFolder, "evil.md", ContentFiles.Draft("title: Evil", "tags: [x]") +
            "\n<script>alert('draft')</script>\n\n[click me](javascript:alert(1))\n\n<img src=x onerror=alert(2)>\n\n**bold text**\n");
        var client = await SignedInAsync();

        var response = await client.GetAsync("/calendar/draft?path=evil.md");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<strong>bold text</strong>", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("javascript:alert", html);
        Assert.DoesNotContain("<img src=\"x\"", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("/etc/passwd")]
    [InlineData("missing.md")]
    public async Task Tampered_or_unknown_path_is_not_found(string path)
    {
        ContentFiles.Write(app.ContentFolder, "real.md", ContentFiles.Draft("title: Real"));
        var client = await SignedInAsync();

        var response = await client.GetAsync($"/calendar/draft?path={path}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", html);
    }

    public void Dispose() => app.Dispose();
}
