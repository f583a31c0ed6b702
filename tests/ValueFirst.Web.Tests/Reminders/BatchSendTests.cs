using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;
using ValueFirst.Web.Email;

namespace ValueFirst.Web.Tests.Reminders;

/// <summary>The sender's batch path: many messages over one SMTP connection, each delivered once and complete.</summary>
public sealed class BatchSendTests
{
    private static MimeMessage Message(string to) => new()
    {
        To = { MailboxAddress.Parse(to) },
        Subject = $"Digest for {to}",
        Body = new TextPart("plain") { Text = "Give value first to Zoë Ødegård." },
    };

    [Fact]
    public async Task A_batch_delivers_every_message_once_with_sender_and_message_id_filled_in()
    {
        var port = ReminderWorld.FreePort();
        using var server = SimpleSmtpServer.Start(port);
        using var world = new ReminderWorld(port);
        var sender = (MailKitMailSender)world.App.Services.GetRequiredService<IMailSender>();
        string[] recipients = ["ana@example.com", "bjorn@example.com", "chloe@example.com"];

        var sent = await sender.SendAllAsync(recipients.Select(Message));

        Assert.Equal(3, sent);
        Assert.Equal(recipients.Length, server.ReceivedEmailCount);
        Assert.Equal(recipients.Order(), server.ReceivedEmail.Select(m => m.ToAddresses.Single().Address).Order());
        Assert.All(server.ReceivedEmail, m => Assert.False(string.IsNullOrEmpty(m.Headers["Message-Id"])));
        Assert.All(server.ReceivedEmail, m => Assert.Contains("@", m.FromAddress.Address, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_batch_to_a_server_that_is_not_running_fails_in_plain_words()
    {
        using var world = new ReminderWorld(ReminderWorld.FreePort());
        var sender = (MailKitMailSender)world.App.Services.GetRequiredService<IMailSender>();

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => sender.SendAllAsync([Message("ana@example.com")]));

        Assert.Contains("refused the connection", error.Message);
    }
}
