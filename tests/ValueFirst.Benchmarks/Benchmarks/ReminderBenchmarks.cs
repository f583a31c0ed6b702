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
/// </summary>
public static class ReminderBenchmarks
{
    public static async Task<Benchmark> SendAsync(AppServices app, SimpleSmtpServer server, int port, string userId, int count, DateTime nowUtc)
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

        return new Benchmark
        {
            Name = "reminders.send",
            Reset = () =>
            {
                server.ClearReceivedEmail();
                return Task.CompletedTask;
            },
            Run = async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                var factory = scope.ServiceProvider.GetRequiredService<ReminderMessageFactory>();
                var slot = nowUtc.AddHours(2);
                var sent = await sender.SendAllAsync(Enumerable.Range(0, count).Select(i =>
                {
                    var digest = new ReminderDigest(inputs.GiveFirst, inputs.EarnedAsks, inputs.ContentDue, slot, "http://127.0.0.1/session");
                    var message = factory.Compose($"member{i}@example.test", digest.Subject, digest.TextBody(), digest.HtmlBody());
                    message.MessageId = factory.NewMessageId();
                    return message;
                }));
                if (sent != count || server.ReceivedEmailCount != count)
                {
                    throw new InvalidOperationException($"{count} digests should arrive; sent {sent}, received {server.ReceivedEmailCount}.");
                }
            },
            BaselineName = "mailkit.send_fixed_one_conn",
            Baseline = async () =>
            {
                using var client = new SmtpClient();
                await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
                foreach (var message in fixedMessages)
                {
                    await client.SendAsync(message);
                }

                await client.DisconnectAsync(quit: true);
            },
            MaxRatio = 1.5,
        };
    }
}
