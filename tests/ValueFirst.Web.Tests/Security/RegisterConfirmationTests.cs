using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Security;

/// <summary>
/// Identity's account emails go through the app's mail sender (here its pickup folder, as on a fresh clone):
/// the confirmation link is in the email only, never on a page, and it works.
/// </summary>
public sealed class RegisterConfirmationTests : IDisposable
{
    private readonly TestApp app = new(settings: new Dictionary<string, string?> { ["ValueFirst:RequireConfirmedAccount"] = "true" });

    private string Outbox => Path.Combine(app.Folder, "data", "mail-outbox");

    [Fact]
    public async Task Confirmation_link_arrives_by_email_not_on_the_page_and_confirms_the_account()
    {
        var registering = app.CreateBrowserLikeClient();
        var register = await AccountSession.PostFormAsync(registering, "/Account/Register", "register", new()
        {
            ["Input.Email"] = "new@example.com",
            ["Input.Password"] = AccountSession.Password,
            ["Input.ConfirmPassword"] = AccountSession.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, register.StatusCode);

        var page = await registering.GetStringAsync(register.Headers.Location!.ToString());
        await OutboxWait.UntilIdleAsync(app);
        var email = MimeMessage.Load(Assert.Single(Directory.GetFiles(Outbox, "*.eml")));
        var link = (email.TextBody ?? "").Split('\n').Select(l => l.Trim()).Single(l => l.Contains("Account/ConfirmEmail", StringComparison.Ordinal));
        var confirm = await registering.GetAsync(new Uri(link).PathAndQuery);

        Assert.DoesNotContain("ConfirmEmail", page, StringComparison.Ordinal);
        Assert.Contains("check your email", page, StringComparison.Ordinal);
        Assert.Equal("new@example.com", Assert.Single(email.To.Mailboxes).Address);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Email == "new@example.com").Select(u => u.EmailConfirmed).SingleAsync()));
    }

    [Fact]
    public async Task Forgotten_password_sends_a_reset_link_to_a_confirmed_address()
    {
        await AccountSession.RegisterAndSignInAsync(app, "forgetful@example.com");
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == "forgetful@example.com");
            user.EmailConfirmed = true;
            return await db.SaveChangesAsync();
        });
        await OutboxWait.UntilIdleAsync(app);
        var before = Directory.GetFiles(Outbox, "*.eml").ToHashSet();

        var response = await AccountSession.PostFormAsync(app.CreateBrowserLikeClient(), "/Account/ForgotPassword", "forgot-password",
            new() { ["Input.Email"] = "forgetful@example.com" });
        await OutboxWait.UntilIdleAsync(app);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reset = MimeMessage.Load(Assert.Single(Directory.GetFiles(Outbox, "*.eml"), f => !before.Contains(f)));
        Assert.Equal("Reset your ValueFirst password", reset.Subject);
        Assert.Contains("Account/ResetPassword?code=", reset.TextBody, StringComparison.Ordinal);
        Assert.Contains("Account/ResetPassword?code=", reset.HtmlBody, StringComparison.Ordinal);
    }

    public void Dispose() => app.Dispose();
}
