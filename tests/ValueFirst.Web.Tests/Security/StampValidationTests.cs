using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ValueFirst.Web.Infrastructure;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Security;

/// <summary>
/// The stamp is checked on every request (see <see cref="IdentityTests"/> for the sign-out side), but the signed-in
/// principal is rebuilt and its cookie re-issued only once Identity's default interval has passed.
/// </summary>
public sealed class StampValidationTests : IDisposable
{
    private const string AuthCookie = ".AspNetCore.Identity.Application";

    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly TestApp app;

    public StampValidationTests() =>
        app = new TestApp(services: services => services.AddSingleton<TimeProvider>(clock));

    [Fact]
    public async Task A_signed_in_request_keeps_its_cookie_until_the_refresh_interval_then_gets_a_fresh_one()
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, "steady@example.com");

        var soon = await client.GetAsync("/contacts");
        clock.Advance(EveryRequestStampValidator.PrincipalRefreshInterval + TimeSpan.FromMinutes(1));
        var later = await client.GetAsync("/contacts");
        var after = await client.GetAsync("/contacts");

        Assert.Equal(HttpStatusCode.OK, soon.StatusCode);
        Assert.False(IssuesAuthCookie(soon));
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.True(IssuesAuthCookie(later));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.False(IssuesAuthCookie(after));
    }

    private static bool IssuesAuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
        && cookies.Any(c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));

    public void Dispose() => app.Dispose();
}
