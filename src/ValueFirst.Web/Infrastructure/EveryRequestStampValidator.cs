using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Infrastructure;

/// <summary>
/// Checks the cookie's security stamp on every request (<see cref="SecurityStampValidatorOptions.ValidationInterval"/>
/// is zero, so a cookie copied before sign-out stops working at once), but rebuilds the principal and re-issues the
/// cookie only as often as Identity does by default.
/// </summary>
/// <remarks>
/// Identity rebuilds the principal whenever it has checked the stamp: with a zero interval that was four more queries
/// (claims, roles, each role, role claims) and a freshly encrypted cookie on every request, a third of the statements
/// the calendar feed and the balance page sent. A role or claim granted later still reaches the cookie within
/// <see cref="PrincipalRefreshInterval"/>, as with Identity's defaults; anything that changes the stamp signs out at once.
/// </remarks>
public sealed class EveryRequestStampValidator(
    IOptions<SecurityStampValidatorOptions> options,
    SignInManager<ApplicationUser> signInManager,
    ILoggerFactory logger)
    : SecurityStampValidator<ApplicationUser>(options, signInManager, logger)
{
    /// <summary>Identity's default <see cref="SecurityStampValidatorOptions.ValidationInterval"/>.</summary>
    public static readonly TimeSpan PrincipalRefreshInterval = TimeSpan.FromMinutes(30);

    protected override Task SecurityStampVerified(ApplicationUser user, CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var issued = context.Properties.IssuedUtc;
        return issued is not null && TimeProvider.GetUtcNow() - issued.Value < PrincipalRefreshInterval
            ? Task.CompletedTask
            : base.SecurityStampVerified(user, context);
    }
}
