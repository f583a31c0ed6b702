using MimeKit;

namespace ValueFirst.Web.Email;

/// <summary>Delivers one message; throws <see cref="MailDeliveryException"/> with a plain-words reason when it cannot.</summary>
public interface IMailSender
{
    /// <summary>Sends <paramref name="message"/>; returns where it went (the server, or the <c>.eml</c> file).</summary>
    Task<string> SendAsync(MimeMessage message, CancellationToken ct = default);
}
