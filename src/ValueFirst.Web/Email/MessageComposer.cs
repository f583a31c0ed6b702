using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;

namespace ValueFirst.Web.Email;

/// <summary>
/// Turns a subject and its text and HTML bodies into a MIME message from the configured sender (multipart/alternative),
/// and makes Message-Ids in the sender's domain. No queries, no sending: the callers decide what to say.
/// </summary>
public sealed class MessageComposer(IOptions<SmtpOptions> options)
{
    /// <param name="messageId">A Message-Id fixed beforehand (a retry must send the same one); a new one when null.</param>
    /// <param name="calendar">An iCalendar (METHOD:PUBLISH) to attach as <c>invite.ics</c>; then the message is multipart/mixed.</param>
    public MimeMessage Compose(string recipient, string subject, string text, string html, string? messageId = null, string? calendar = null)
    {
        var smtp = options.Value;
        var message = new MimeMessage { Subject = subject, MessageId = messageId ?? NewMessageId() };
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.FromAddress));
        message.To.Add(MailboxAddress.Parse(recipient));
        var body = new BodyBuilder { TextBody = text, HtmlBody = html };
        if (calendar is not null)
        {
            body.Attachments.Add("connecting-hour.ics", System.Text.Encoding.UTF8.GetBytes(calendar),
                ContentType.Parse("text/calendar; method=PUBLISH; charset=utf-8"));
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>A Message-Id in the sender's domain (not the machine's name).</summary>
    public string NewMessageId() => MessageIdFrom(options.Value.FromAddress);

    /// <summary>A new Message-Id in the domain of <paramref name="fromAddress"/>.</summary>
    public static string MessageIdFrom(string fromAddress)
    {
        ArgumentNullException.ThrowIfNull(fromAddress);
        var domain = fromAddress[(fromAddress.IndexOf('@', StringComparison.Ordinal) + 1)..];
        return MimeUtils.GenerateMessageId(string.IsNullOrWhiteSpace(domain) ? "localhost" : domain);
    }
}
