using System.Net.Sockets;
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
        Complete(message);
        return smtp.UsesPickupDirectory
            ? await WriteToPickupAsync(message, ct)
            : await SendViaSmtpAsync(message, ct);
    }

    /// <summary>
    /// Sends many messages (e.g. a run of digests) over ONE SMTP connection and sign-in instead of one per
    /// message: connecting, the TLS handshake and AUTH cost more than a small message. Stops at the first
    /// failure with a <see cref="MailDeliveryException"/>; the messages before it stay sent.
    /// </summary>
    /// <returns>How many messages were delivered.</returns>
    public async Task<int> SendAllAsync(IEnumerable<MimeMessage> messages, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (smtp.UsesPickupDirectory)
        {
            var written = 0;
            foreach (var message in messages)
            {
                Complete(message);
                await WriteToPickupAsync(message, ct);
                written++;
            }

            return written;
        }

        var host = smtp.Host!;
        var sent = 0;
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        try
        {
            await ConnectAsync(client, host, ct);
            foreach (var message in messages)
            {
                Complete(message);
                await client.SendAsync(message, ct);
                sent++;
            }

            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var failure = SmtpErrors.ToDeliveryException(ex, host, smtp.Port, dataSent: false);
            logger.LogWarning(ex, "Sending a batch failed after {Sent} messages: {Reason}", sent, failure.Message);
            throw failure;
        }

        logger.LogInformation("Sent {Count} messages through {Host}:{Port} on one connection", sent, host, smtp.Port);
        return sent;
    }

    private void Complete(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.From.Count == 0)
        {
            message.From.Add(new MailboxAddress(smtp.FromName, smtp.FromAddress));
        }

        if (string.IsNullOrEmpty(message.MessageId))
        {
            message.MessageId = MessageComposer.MessageIdFrom(smtp.FromAddress);
        }
    }

    private async Task ConnectAsync(SmtpClient client, string host, CancellationToken ct)
    {
        // Nagle's algorithm off: a message larger than one write otherwise waits for the server's delayed
        // ACK (about 40 ms) before its last segment, every message (measured: 46 s instead of 1 s for 1,000 digests).
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            connectTimeout.CancelAfter(TimeSpan.FromSeconds(smtp.TimeoutSeconds));
            await socket.ConnectAsync(host, smtp.Port, connectTimeout.Token);
            await client.ConnectAsync(socket, host, smtp.Port, ToMailKit(smtp.Security), ct);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        if (!string.IsNullOrWhiteSpace(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        }
    }

    private async Task<string> WriteToPickupAsync(MimeMessage message, CancellationToken ct)
    {
        var safeName = string.Concat((message.MessageId ?? "message").Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' ? c : '_'));
        var file = Path.Combine(PickupFolder, safeName + ".eml");
        try
        {
            Directory.CreateDirectory(PickupFolder);
            await message.WriteToAsync(file, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new MailDeliveryException($"The email could not be written to {file}: {ex.Message} (check Smtp:PickupDirectory, or set Smtp:Host).", MailFailure.Other, ex);
        }

        logger.LogInformation("No Smtp:Host configured: wrote \"{Subject}\" for {To} to {File}", message.Subject, message.To.ToString(), file);
        return file;
    }

    private async Task<string> SendViaSmtpAsync(MimeMessage message, CancellationToken ct)
    {
        var host = smtp.Host!;
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        var data = new DataTransfer();
        try
        {
            await ConnectAsync(client, host, ct);
            await client.SendAsync(message, ct, data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested || data.Complete)
        {
            var failure = SmtpErrors.ToDeliveryException(ex, host, smtp.Port, data.Complete);
            logger.LogWarning(ex, "Sending {MessageId} failed: {Reason}", message.MessageId, failure.Message);
            throw failure;
        }

        // The server has accepted the message: a connection that fails while saying goodbye changes nothing.
        try
        {
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogDebug(ex, "Closing the connection after {MessageId} failed; the message was accepted", message.MessageId);
        }

        logger.LogInformation("Sent \"{Subject}\" ({MessageId}) through {Host}:{Port}", message.Subject, message.MessageId, host, smtp.Port);
        return $"{host}:{smtp.Port}";
    }

    /// <summary>
    /// Follows the message data through the connection: once every byte of it was written, a lost connection or a
    /// missing answer means the server may have accepted the message (it needs only the final "." to do so).
    /// </summary>
    private sealed class DataTransfer : MailKit.ITransferProgress
    {
        private long written;
        private long size = -1;

        public bool Complete => size > 0 && Interlocked.Read(ref written) >= size;

        public void Report(long bytesTransferred, long totalSize)
        {
            Interlocked.Exchange(ref size, totalSize);
            Interlocked.Exchange(ref written, bytesTransferred);
        }

        public void Report(long bytesTransferred) => Interlocked.Exchange(ref written, bytesTransferred);
    }

    private static SecureSocketOptions ToMailKit(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
