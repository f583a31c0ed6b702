using System.Net;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Foundation;

[Trait(BothProviders.Trait, BothProviders.Value)]
public sealed class AccessTests : IDisposable
{
    private readonly TestApp app = new();

    [Fact]
    public async Task Anonymous_request_to_a_page_redirects_to_sign_in()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sign_in_page_is_open_to_anonymous_users()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Log in", await response.Content.ReadAsStringAsync());
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
