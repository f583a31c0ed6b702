using System.Net;
using Microsoft.AspNetCore.Identity;
using ValueFirst.Web.Data;
using ValueFirst.Web.Email.Outbox;

namespace ValueFirst.Web.Email;

/// <summary>
/// Identity's account emails (confirm your address, reset your password) go into the outbox, in the request's own
/// unit of work: registration records the account and its confirmation together, and no page waits for, or fails
/// because of, the mail server. The outbox sends them (SMTP when <c>Smtp:Host</c> is set, the pickup folder otherwise).
/// </summary>
/// <remarks>Identity hands over links already HTML-encoded; the plain-text part decodes them.</remarks>
public sealed class IdentityMailSender(ApplicationDbContext db, MailOutbox outbox, MessageComposer composer) : IEmailSender<ApplicationUser>
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        RecordLinkAsync(user, MailPurpose.ConfirmEmail, email, "Confirm your ValueFirst account", "Confirm your account by opening this link:", confirmationLink);

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        RecordLinkAsync(user, MailPurpose.ResetPassword, email, "Reset your ValueFirst password", "Choose a new password by opening this link:", resetLink);

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        RecordAsync(user, MailPurpose.ResetPassword, email, "Reset your ValueFirst password", $"Your password reset code: {resetCode}",
            $"<p>Your password reset code: <strong>{WebUtility.HtmlEncode(resetCode)}</strong></p>");

    private Task RecordLinkAsync(ApplicationUser user, MailPurpose purpose, string email, string subject, string intro, string encodedLink)
    {
        var link = WebUtility.HtmlDecode(encodedLink);
        var text = $"{intro}\n\n{link}\n\nIf you did not ask for this, ignore this email.";
        var html = $"<p>{WebUtility.HtmlEncode(intro)}</p><p><a href=\"{encodedLink}\">{WebUtility.HtmlEncode(subject)}</a></p>" +
                   "<p>If you did not ask for this, ignore this email.</p>";
        return RecordAsync(user, purpose, email, subject, text, html);
    }

    private async Task RecordAsync(ApplicationUser user, MailPurpose purpose, string email, string subject, string text, string html)
    {
        ArgumentNullException.ThrowIfNull(user);
        outbox.Add(db, purpose, composer.Compose(email, subject, text, html), user.Id);
        await db.SaveChangesAsync();
    }
}
