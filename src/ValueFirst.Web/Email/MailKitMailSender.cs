using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using ValueFirst.Web.Infrastructure;

namespace ValueFirst.Web.Email;

/// <summary>
/// Sends through MailKit's <see cref="SmtpClient"/> when <c>Smtp:Host</c> is set, otherwise writes an
/// <c>.eml</c> file named after the Message-Id to the pickup folder (so a retry overwrites, never doubles).
/// </summary>
public sealed class MailKitMailSender(IOptions<SmtpOptions> options, AppPaths paths, ILogger<MailKitMailSender> logger) : IMailSender
{
    private readonly SmtpOptions smtp = options.Value;

    public string PickupFolder => Path.GetFullPath(Path.Combine(paths.DataDirectory, smtp.PickupDirectory));

    public async Task<string> SendAsync(MimeMessage message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.From.Count == 0)
        {
            message.From.Add(new MailboxAddress(smtp.FromName, smtp.FromAddress));
        }

        if (string.IsNullOrEmpty(message.MessageId))
        {
            message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId();
        }

        return smtp.UsesPickupDirectory
            ? await WriteToPickupAsync(message, ct)
            : await SendViaSmtpAsync(message, ct);
    }

    private async Task<string> WriteToPickupAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(PickupFolder);
        var safeName = string.Concat((message.MessageId ?? "message").Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' ? c : '_'));
        var file = Path.Combine(PickupFolder, safeName + ".eml");
        await message.WriteToAsync(file, ct);
        logger.LogInformation("No Smtp:Host configured: wrote \"{Subject}\" for {To} to {File}", message.Subject, message.To.ToString(), file);
        return file;
    }

    private async Task<string> SendViaSmtpAsync(MimeMessage message, CancellationToken ct)
    {
        var host = smtp.Host!;
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(host, smtp.Port, ToMailKit(smtp.Security), ct);
            if (!string.IsNullOrWhiteSpace(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
            }

            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var reason = SmtpErrors.Describe(ex, host, smtp.Port);
            logger.LogWarning(ex, "Sending {MessageId} failed: {Reason}", message.MessageId, reason);
            throw new MailDeliveryException(reason, ex);
        }

        logger.LogInformation("Sent \"{Subject}\" ({MessageId}) through {Host}:{Port}", message.Subject, message.MessageId, host, smtp.Port);
        return $"{host}:{smtp.Port}";
    }

    private static SecureSocketOptions ToMailKit(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
