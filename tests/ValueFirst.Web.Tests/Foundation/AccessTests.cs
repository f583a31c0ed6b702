using System.Net;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Foundation;

public sealed class AccessTests : IDisposable
{
    private readonly TestApp app = new();

    [Theory]
    [InlineData("/contacts")]
    [InlineData("/calendar")]
    [InlineData("/session")]
    [InlineData("/balance")]
    [InlineData("/settings")]
    [InlineData("/Account/Manage")]
    public async Task Anonymous_request_to_a_page_redirects_to_sign_in(string path)
    {
        var response = await app.CreateBrowserLikeClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Anonymous_visitor_at_the_root_gets_the_landing_page_with_the_way_in()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Grow your network by giving first", html, StringComparison.Ordinal);
        Assert.Contains("Content calendar", html, StringComparison.Ordinal);
        Assert.Contains("Weekly connecting hour", html, StringComparison.Ordinal);
        Assert.Contains("Give/ask ledger", html, StringComparison.Ordinal);
        Assert.Contains("href=\"Account/Register\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"Account/Login\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Give before you ask", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_page_is_open_to_anonymous_users_and_shows_no_template_text()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/Account/Login");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Sign in</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("external authentication", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("passkey", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("go.microsoft.com", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/Account/LoginWith2fa")]
    [InlineData("/Account/LoginWithRecoveryCode")]
    [InlineData("/Account/ExternalLogin")]
    [InlineData("/Account/Manage/TwoFactorAuthentication")]
    [InlineData("/Account/Manage/Passkeys")]
    [InlineData("/Account/Manage/ExternalLogins")]
    public async Task Pages_for_features_the_app_does_not_offer_do_not_exist(string path)
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, "offered@example.com");

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_hangfire_dashboard_is_refused()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Signed_in_user_reaches_the_hangfire_dashboard()
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, "dash@example.com");

        var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_reports_healthy_database()
    {
        var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => app.Dispose();
}
