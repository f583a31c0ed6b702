using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Security;

/// <summary>
/// With RequireConfirmedAccount and no email sender, the browser that registered gets its confirmation
/// link on the next page, and only that browser (see IsolationTests for the other side).
/// </summary>
public sealed partial class RegisterConfirmationTests : IDisposable
{
    private readonly TestApp app = new(settings: new Dictionary<string, string?> { ["ValueFirst:RequireConfirmedAccount"] = "true" });

    [Fact]
    public async Task The_registering_browser_gets_a_working_confirmation_link_and_another_browser_gets_none()
    {
        var registering = app.CreateBrowserLikeClient();
        var register = await AccountSession.PostFormAsync(registering, "/Account/Register", "register", new()
        {
            ["Input.Email"] = "new@example.com",
            ["Input.Password"] = AccountSession.Password,
            ["Input.ConfirmPassword"] = AccountSession.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, register.StatusCode);
        var confirmationPage = register.Headers.Location!.ToString();

        var own = await registering.GetStringAsync(confirmationPage);
        var other = await app.CreateBrowserLikeClient().GetStringAsync(confirmationPage);
        var link = WebUtility.HtmlDecode(ConfirmLink().Match(own).Groups[1].Value);
        var confirm = await registering.GetAsync(link);

        Assert.DoesNotContain("ConfirmEmail", other, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Email == "new@example.com").Select(u => u.EmailConfirmed).SingleAsync()));
    }

    [GeneratedRegex("href=\"([^\"]*Account/ConfirmEmail[^\"]*)\"")]
    private static partial Regex ConfirmLink();

    public void Dispose() => app.Dispose();
}
