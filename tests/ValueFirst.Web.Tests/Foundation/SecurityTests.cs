using System.Net;
using Hangfire;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Web.Data;
using ValueFirst.Web.Infrastructure;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Foundation;

public sealed class SecurityTests : IDisposable
{
    private readonly TestApp app = new();

    [Fact]
    public async Task Pages_carry_security_headers_that_forbid_framing_and_inline_script()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/Account/Login");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.DoesNotContain("<script type=\"importmap\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task First_registered_user_is_admin_and_later_users_are_not()
    {
        await AccountSession.RegisterAndSignInAsync(app, "first@example.com");
        await AccountSession.RegisterAndSignInAsync(app, "second@example.com");

        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.True(await users.IsInRoleAsync((await users.FindByEmailAsync("first@example.com"))!, FirstUserAdmin.Role));
        Assert.False(await users.IsInRoleAsync((await users.FindByEmailAsync("second@example.com"))!, FirstUserAdmin.Role));
    }

    [Fact]
    public async Task Only_the_admin_is_offered_job_commands_on_the_dashboard()
    {
        var owner = await AccountSession.RegisterAndSignInAsync(app, "owner@example.com");
        var member = await AccountSession.RegisterAndSignInAsync(app, "member@example.com");
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate("security-test", () => Console.Out.Flush(), Cron.Weekly());

        var ownerPage = await owner.GetStringAsync("/hangfire/recurring");
        var memberResponse = await member.GetAsync("/hangfire/recurring");
        var memberPage = await memberResponse.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, memberResponse.StatusCode);
        Assert.Contains("security-test", memberPage);
        Assert.Contains("Trigger now", ownerPage);
        Assert.DoesNotContain("Trigger now", memberPage);
    }

    public void Dispose() => app.Dispose();
}
