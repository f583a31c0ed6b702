using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ValueFirst.Web.Components.Account;

/// <summary>
/// Without a real email sender the template shows the confirmation link on the "register confirmation"
/// page, which made that page hand any visitor a confirmation link for any registered address (and tell
/// who has an account). The link is now shown only to the browser that just registered that account:
/// Register issues a short-lived, encrypted, HttpOnly cookie naming the new user id.
/// </summary>
public sealed class RegistrationTicket(IDataProtectionProvider protection)
{
    private const string CookieName = ".ValueFirst.Registered";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly ITimeLimitedDataProtector protector =
        protection.CreateProtector("ValueFirst.RegisterConfirmation").ToTimeLimitedDataProtector();

    public void Issue(HttpContext http, string userId) =>
        http.Response.Cookies.Append(CookieName, protector.Protect(userId, Lifetime), new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/Account",
            MaxAge = Lifetime,
            IsEssential = true,
        });

    /// <summary>True only in the browser that registered <paramref name="userId"/>, within the ticket's lifetime.</summary>
    public bool IsHeldFor(HttpContext http, string userId)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var ticket) || string.IsNullOrEmpty(ticket))
        {
            return false;
        }

        try
        {
            return string.Equals(protector.Unprotect(ticket), userId, StringComparison.Ordinal);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
