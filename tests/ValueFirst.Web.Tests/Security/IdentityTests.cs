using System.Net;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ValueFirst.Web.Components.Account;
using ValueFirst.Web.Data;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Security;

/// <summary>Sign-in hardening through the real Identity pages: lockout, password rules, cookie flags, sign-out.</summary>
public sealed class IdentityTests : IDisposable
{
    private const string AuthCookie = ".AspNetCore.Identity.Application";

    private readonly TestApp app = new();

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_so_even_the_right_password_is_refused()
    {
        await AccountSession.RegisterAndSignInAsync(app, "target@example.com");
        var attacker = app.CreateBrowserLikeClient();

        for (var i = 0; i < 4; i++)
        {
            var failed = await AccountSession.SignInAsync(attacker, "target@example.com", $"Wrong-guess-{i}!");
            Assert.Contains("That email and password do not match an account", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var fifth = await AccountSession.SignInAsync(attacker, "target@example.com", "Wrong-guess-4!");
        var right = await AccountSession.SignInAsync(app.CreateBrowserLikeClient(), "target@example.com");

        Assert.EndsWith("Account/Lockout", fifth.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.EndsWith("Account/Lockout", right.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(right.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(AuthCookie, StringComparison.Ordinal));
        var lockoutEnd = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "target@example.com").Select(u => u.LockoutEnd).SingleAsync());
        Assert.True(lockoutEnd > DateTimeOffset.UtcNow.AddMinutes(10), $"locked until {lockoutEnd}");
    }

    [Fact]
    public async Task Four_failures_then_the_right_password_signs_in_and_resets_the_count()
    {
        await AccountSession.RegisterAndSignInAsync(app, "typo@example.com");
        var client = app.CreateBrowserLikeClient();
        for (var i = 0; i < 4; i++)
        {
            await AccountSession.SignInAsync(client, "typo@example.com", $"Wrong-guess-{i}!");
        }

        var right = await AccountSession.SignInAsync(client, "typo@example.com");

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.DoesNotContain("Lockout", right.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.Where(u => u.Email == "typo@example.com").Select(u => u.AccessFailedCount).SingleAsync()));
    }

    [Theory]
    [InlineData("Sh0rt!a", "at least 8 characters")]
    [InlineData("no-upper-case-1", "uppercase")]
    [InlineData("NO-LOWER-CASE-1", "lowercase")]
    [InlineData("No-digits-here!", "digit")]
    [InlineData("NoSymbols12345", "non alphanumeric")]
    public async Task Weak_password_is_refused_with_the_rule_named_and_no_account_created(string password, string rule)
    {
        var response = await AccountSession.PostFormAsync(app.CreateBrowserLikeClient(), "/Account/Register", "register", new()
        {
            ["Input.Email"] = "weak@example.com",
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(rule, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "weak@example.com")));
    }

    [Fact]
    public async Task Auth_cookie_is_HttpOnly_SameSite_Lax_and_Secure_over_https()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri("https://localhost"),
        });
        await AccountSession.PostFormAsync(client, "/Account/Register", "register", new()
        {
            ["Input.Email"] = "cookie@example.com",
            ["Input.Password"] = AccountSession.Password,
            ["Input.ConfirmPassword"] = AccountSession.Password,
        });

        var login = await AccountSession.SignInAsync(client, "cookie@example.com");

        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_sign_out_a_copy_of_the_old_cookie_no_longer_signs_in()
    {
        var client = app.CreateBrowserLikeClient();
        await AccountSession.PostFormAsync(client, "/Account/Register", "register", new()
        {
            ["Input.Email"] = "leaver@example.com",
            ["Input.Password"] = AccountSession.Password,
            ["Input.ConfirmPassword"] = AccountSession.Password,
        });
        var login = await AccountSession.SignInAsync(client, "leaver@example.com");
        var stolen = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal)).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync("/contacts", stolen)).StatusCode);

        var page = await client.GetStringAsync("/");
        var logout = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AccountSession.ReadAntiforgeryToken(page),
            ["ReturnUrl"] = "",
        }));
        var replay = await GetWithCookieAsync("/contacts", stolen);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Contains("Account/Login", replay.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_circuit_loses_its_authority_after_sign_out_within_a_minute()
    {
        await AccountSession.RegisterAndSignInAsync(app, "circuit@example.com");
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByEmailAsync("circuit@example.com"))!;
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();
        var circuitState = new AuthenticationState(await factory.CreateAsync(user));
        var provider = (IdentityRevalidatingAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();

        var before = await provider.IsStillValidAsync(circuitState);
        await users.UpdateSecurityStampAsync(user); // what sign-out does
        var after = await provider.IsStillValidAsync(circuitState);

        Assert.True(before);
        Assert.False(after);
        Assert.True(IdentityRevalidatingAuthenticationStateProvider.Interval <= TimeSpan.FromMinutes(1));
        Assert.Equal(TimeSpan.Zero, scope.ServiceProvider.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval);
    }

    private async Task<HttpResponseMessage> GetWithCookieAsync(string path, string cookie)
    {
        var bare = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await bare.SendAsync(request);
    }

    public void Dispose() => app.Dispose();
}
