using System.Net;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Foundation;

public sealed class AccountTests : IDisposable
{
    private readonly TestApp app = new();

    [Fact]
    public async Task Registered_user_signs_in_and_sees_the_dashboard()
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, "ada@example.com");

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Give before you ask", html);
        Assert.Contains("ada@example.com", html);
    }

    [Fact]
    public async Task Registration_stores_the_user_in_the_sqlite_file()
    {
        await AccountSession.RegisterAndSignInAsync(app, "grace@example.com");

        Assert.True(File.Exists(app.DatabaseFile));
        var stored = await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "grace@example.com"));
        Assert.True(stored);
    }

    [Fact]
    public async Task Wrong_password_does_not_sign_in()
    {
        await AccountSession.RegisterAndSignInAsync(app, "linus@example.com");
        var stranger = app.CreateBrowserLikeClient();

        var login = await AccountSession.SignInAsync(stranger, "linus@example.com", "not-the-password-1A!");
        var home = await stranger.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("Invalid login attempt", await login.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task Sign_out_ends_access_to_pages()
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, "margaret@example.com");

        var page = await client.GetStringAsync("/");
        var logout = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AccountSession.ReadAntiforgeryToken(page),
            ["ReturnUrl"] = "",
        }));
        var after = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    public void Dispose() => app.Dispose();
}
