using System.Net;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;
using ValueFirst.Benchmarks.Harness;
using ValueFirst.Core.Reminders;
using ValueFirst.Web.Email;
using ValueFirst.Web.Features.Reminders;

namespace ValueFirst.Benchmarks.Benchmarks;

/// <summary>
/// <c>reminders.send</c>: 1,000 weekly digests (the Core digest, composed by the reminder's message factory, sent
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
            inputs = await scope.ServiceProvider.GetRequiredService<IReminderInputs>()
                .GatherAsync(userId, DateOnly.FromDateTime(nowUtc), CancellationToken.None);
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
        MimeMessage Digest(ReminderMessageFactory factory, int i)
        {
            var digest = new ReminderDigest(inputs.GiveFirst, inputs.EarnedAsks, inputs.ContentDue, slot, "http://127.0.0.1/session");
            var message = factory.Compose($"member{i}@example.test", digest.Subject, digest.TextBody(), digest.HtmlBody());
            message.MessageId = factory.NewMessageId();
            return message;
        }

        async Task SendDigests()
        {
            await using var scope = app.Services.CreateAsyncScope();
            var factory = scope.ServiceProvider.GetRequiredService<ReminderMessageFactory>();
            var sent = await sender.SendAllAsync(Enumerable.Range(0, count).Select(i => Digest(factory, i)));
            if (sent != count || server.ReceivedEmailCount != count)
            {
                throw new InvalidOperationException($"{count} digests should arrive; sent {sent}, received {server.ReceivedEmailCount}.");
            }
        }

        List<MimeMessage> prebuilt;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var factory = scope.ServiceProvider.GetRequiredService<ReminderMessageFactory>();
            prebuilt = Enumerable.Range(0, count).Select(i => Digest(factory, i)).ToList();
        }

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
