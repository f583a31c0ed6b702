using MailKit.Net.Smtp;
using MimeKit;
using netDumbster.smtp;
using ValueFirst.Testing.Mail;
using ValueFirst.Web.Tests.Reminders;

namespace ValueFirst.Web.Tests.Email;

/// <summary>The test SMTP server's DATA, read back as the message MailKit sent (see <see cref="SmtpData"/>).</summary>
public sealed class SmtpDataTests
{
    [Fact]
    public async Task A_line_starting_with_a_period_arrives_as_it_was_sent()
    {
        var port = ReminderWorld.FreePort();
        using var server = SimpleSmtpServer.Start(port);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("from@valuefirst.test"));
        message.To.Add(MailboxAddress.Parse("to@valuefirst.test"));
        message.Subject = "Dots";
        message.Body = new TextPart("plain") { Text = "first line\r\n.test starts with a period\r\nlast line" };
        using (var client = new SmtpClient())
        {
            await client.ConnectAsync("127.0.0.1", port, MailKit.Security.SecureSocketOptions.None);
            await client.SendAsync(message);
            await client.DisconnectAsync(true);
        }

        var received = Assert.Single(server.ReceivedEmail);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SmtpData.Unstuffed(received.Data)));
        var parsed = await MimeMessage.LoadAsync(stream);

        Assert.Contains("\n..test", received.Data, StringComparison.Ordinal);
        Assert.Equal("first line\n.test starts with a period\nlast line", parsed.TextBody?.ReplaceLineEndings("\n").TrimEnd());
    }
}
