using System.Globalization;
using Microsoft.Extensions.Options;
using MimeKit;
using ValueFirst.Core.Reminders;
using ValueFirst.Web.Email;
using ValueFirst.Web.Features.Sessions;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>Gathers the inputs and turns the Core digest into a multipart/alternative MIME message.</summary>
public sealed class ReminderMessageFactory(IReminderInputs inputs, IOptions<ReminderOptions> reminderOptions, IOptions<SmtpOptions> smtpOptions)
{
    public async Task<MimeMessage> CreateAsync(string recipient, WeeklySlot slot, DateTimeOffset slotStart, string messageId, CancellationToken ct)
    {
        var local = TimeZoneInfo.ConvertTime(slotStart, slot.ToSchedule().TimeZone).DateTime;
        var weekStart = DateOnly.FromDateTime(ISOWeek.ToDateTime(ISOWeek.GetYear(local), ISOWeek.GetWeekOfYear(local), DayOfWeek.Monday));
        var data = await inputs.GatherAsync(slot.UserId, weekStart, ct);
        var digest = new ReminderDigest(data.GiveFirst, data.EarnedAsks, data.ContentDue, local, reminderOptions.Value.SessionLink);

        var message = Compose(recipient, digest.Subject, digest.TextBody(), digest.HtmlBody());
        message.MessageId = messageId;
        return message;
    }

    public MimeMessage Compose(string recipient, string subject, string text, string html)
    {
        var smtp = smtpOptions.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.FromAddress));
        message.To.Add(MailboxAddress.Parse(recipient));
        message.Subject = subject;
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return message;
    }

    /// <summary>A Message-Id in the sender's domain, fixed when the record is created.</summary>
    public string NewMessageId()
    {
        var address = smtpOptions.Value.FromAddress;
        var domain = address[(address.IndexOf('@', StringComparison.Ordinal) + 1)..];
        return MimeKit.Utils.MimeUtils.GenerateMessageId(string.IsNullOrWhiteSpace(domain) ? "localhost" : domain);
    }
}
