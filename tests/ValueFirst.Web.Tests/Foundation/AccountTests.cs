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
        var home = await stranger.GetAsync("/contacts");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("That email and password do not match an account", await login.Content.ReadAsStringAsync());
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
        var after = await client.GetAsync("/contacts");
        var front = await client.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("Grow your network by giving first", front, StringComparison.Ordinal);
        Assert.DoesNotContain("margaret@example.com", front, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Personal_data_downloads_as_json_with_the_accounts_email()
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, "download@example.com");

        var page = await client.GetStringAsync("/Account/Manage/PersonalData");
        var download = await client.PostAsync("/Account/Manage/DownloadPersonalData", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AccountSession.ReadAntiforgeryToken(page),
        }));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType!.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        Assert.Equal("download@example.com", json.RootElement.GetProperty("Email").GetString());
        Assert.False(json.RootElement.TryGetProperty("Authenticator Key", out _));
    }

    [Fact]
    public async Task Closing_the_account_needs_the_password_then_deletes_it_and_signs_out()
    {
        var client = await AccountSession.RegisterAndSignInAsync(app, "leaving@example.com");

        var wrong = await AccountSession.PostFormAsync(client, "/Account/Manage/DeletePersonalData", "delete-user", new() { ["Input.Password"] = "Not-the-password-1!" });
        Assert.Contains("That password is not right", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "leaving@example.com")));

        var right = await AccountSession.PostFormAsync(client, "/Account/Manage/DeletePersonalData", "delete-user", new() { ["Input.Password"] = AccountSession.Password });
        var after = await client.GetAsync("/contacts");

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "leaving@example.com")));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("Account/Login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    public void Dispose() => app.Dispose();
}
