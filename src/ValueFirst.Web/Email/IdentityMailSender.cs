using System.Net;
using Microsoft.AspNetCore.Identity;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Email;

/// <summary>
/// Identity's account emails (confirm your address, reset your password) through the same sender as the
/// reminders: SMTP when <c>Smtp:Host</c> is set, the pickup folder otherwise.
/// </summary>
/// <remarks>Identity hands over links already HTML-encoded; the plain-text part decodes them.</remarks>
public sealed class IdentityMailSender(IMailSender sender, MessageComposer composer) : IEmailSender<ApplicationUser>
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        SendAsync(email, "Confirm your ValueFirst account", "Confirm your account by opening this link:", confirmationLink);

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        SendAsync(email, "Reset your ValueFirst password", "Choose a new password by opening this link:", resetLink);

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        SendTextAsync(email, "Reset your ValueFirst password", $"Your password reset code: {resetCode}",
            $"<p>Your password reset code: <strong>{WebUtility.HtmlEncode(resetCode)}</strong></p>");

    private Task SendAsync(string email, string subject, string intro, string encodedLink)
    {
        var link = WebUtility.HtmlDecode(encodedLink);
        var text = $"{intro}\n\n{link}\n\nIf you did not ask for this, ignore this email.";
        var html = $"<p>{WebUtility.HtmlEncode(intro)}</p><p><a href=\"{encodedLink}\">{WebUtility.HtmlEncode(subject)}</a></p>" +
                   "<p>If you did not ask for this, ignore this email.</p>";
        return SendTextAsync(email, subject, text, html);
    }

    private async Task SendTextAsync(string email, string subject, string text, string html) =>
        await sender.SendAsync(composer.Compose(email, subject, text, html));
}
