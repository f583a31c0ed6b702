using System.Net;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using ValueFirst.Benchmarks.Harness;
using ValueFirst.Core.Reminders;
using ValueFirst.Web.Email;
using ValueFirst.Web.Features.Reminders;
using netDumbster.smtp;

namespace ValueFirst.Benchmarks.Benchmarks;

/// <summary>
/// <c>reminders.send</c>: 1,000 weekly digests (decided by the Core digest, composed by the app's message composer, sent
/// by the app's MailKit sender on one connection) to netDumbster on loopback, against MailKit alone sending 1,000
/// fixed small messages on one connection. The digest's inputs are gathered once from the benchmarked user's
/// ledger (that query is measured by the ledger benchmarks); every digest is built and rendered afresh.
/// <c>reminders.send.vs_prebuilt</c> runs the same path against MailKit sending the same digests built
/// beforehand, which separates the app's share from the cost of the digests' bytes on the wire.
/// </summary>
public static class ReminderBenchmarks
{
    public static async Task<IReadOnlyList<Benchmark>> CreateAsync(AppServices app, SimpleSmtpServer server, int port, string userId, int count, DateTime nowUtc, TextWriter log)
    {
        ReminderInputs inputs;
        await using (var scope = app.SignedInScope(userId))
        {
            inputs = await scope.ServiceProvider.GetRequiredService<ReminderGatherer>().GatherAsync(userId, CancellationToken.None);
        }

        var sender = (MailKitMailSender)app.Services.GetRequiredService<IMailSender>();
        var fixedMessages = Enumerable.Range(0, count).Select(i =>
        {
            var message = new MimeMessage();
            message.From.Add(new MailboxAddress("ValueFirst", "valuefirst@localhost"));
            message.To.Add(new MailboxAddress("", $"floor{i}@example.test"));
            message.Subject = "Your connecting hour";
            message.Body = new TextPart("plain") { Text = "Give value first." };
            return message;
        }).ToList();

        var slot = nowUtc.AddHours(2);
        var composer = app.Services.GetRequiredService<MessageComposer>();
        MimeMessage Digest(int i)
        {
            var digest = ReminderDigest.Decide(inputs, slot, "http://127.0.0.1/session");
            return composer.Compose($"member{i}@example.test", digest.Subject, digest.TextBody(), digest.HtmlBody());
        }

        async Task SendDigests()
        {
            var sent = await sender.SendAllAsync(Enumerable.Range(0, count).Select(Digest));
            if (sent != count || server.ReceivedEmailCount != count)
            {
                throw new InvalidOperationException($"{count} digests should arrive; sent {sent}, received {server.ReceivedEmailCount}.");
            }
        }

        var prebuilt = Enumerable.Range(0, count).Select(Digest).ToList();

        log.WriteLine($"  (a digest is {Size(prebuilt[0]):N0} bytes on the wire, a fixed message {Size(fixedMessages[0]):N0})");
        Task Clear()
        {
            server.ClearReceivedEmail();
            return Task.CompletedTask;
        }

        return
        [
            new Benchmark
            {
                Name = "reminders.send",
                Reset = Clear,
                Run = SendDigests,
                BaselineName = "mailkit.send_fixed_one_conn",
                Baseline = () => SendOnOneConnection(port, fixedMessages, noDelay: false),
                MaxRatio = 1.5,
            },
            new Benchmark
            {
                Name = "reminders.send.vs_prebuilt",
                Reset = Clear,
                Run = SendDigests,
                BaselineName = "mailkit.send_same_digests_prebuilt",
                // Nagle off as in the app's sender: a 4 KB message otherwise waits ~40 ms for a delayed ACK.
                Baseline = () => SendOnOneConnection(port, prebuilt, noDelay: true),
            },
        ];
    }

    private static async Task SendOnOneConnection(int port, IReadOnlyList<MimeMessage> messages, bool noDelay)
    {
        using var client = new SmtpClient();
        if (noDelay)
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(IPAddress.Loopback, port);
            await client.ConnectAsync(socket, "127.0.0.1", port, SecureSocketOptions.None);
        }
        else
        {
            await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
        }

        foreach (var message in messages)
        {
            await client.SendAsync(message);
        }

        await client.DisconnectAsync(quit: true);
    }

    // As MailKit sends it to a server without 8BITMIME (netDumbster): 7-bit, so non-ASCII text is encoded.
    private static long Size(MimeMessage message)
    {
        message.Prepare(EncodingConstraint.SevenBit);
        using var bytes = new MemoryStream();
        message.WriteTo(FormatOptions.Default, bytes);
        return bytes.Length;
    }
}
