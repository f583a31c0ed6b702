using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;
using ValueFirst.Web.Email;
using ValueFirst.Web.Features.Reminders;

namespace ValueFirst.Web.Tests.Reminders;

/// <summary>The "Send me a test email" path and the plain-words SMTP errors.</summary>
public sealed class SmtpSenderTests
{
    private static async Task<(bool Ok, string Message)> SendTestAsync(ReminderWorld world)
    {
        var user = await world.UserAsync("tester@example.com");
        using var scope = world.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderSettingsService>().SendTestAsync(user);
    }

    [Fact]
    public async Task Test_email_arrives_at_the_smtp_server_for_the_signed_in_user()
    {
        var port = ReminderWorld.FreePort();
        using var server = SimpleSmtpServer.Start(port);
        using var world = new ReminderWorld(port);

        var (ok, message) = await SendTestAsync(world);

        Assert.True(ok, message);
        var received = Assert.Single(server.ReceivedEmail);
        Assert.Equal("tester@example.com", Assert.Single(received.ToAddresses).Address);
        Assert.Contains($"127.0.0.1:{port}", message);
    }

    [Fact]
    public async Task Test_email_to_a_server_that_is_not_running_reports_it_in_plain_words()
    {
        using var world = new ReminderWorld(ReminderWorld.FreePort());

        var (ok, message) = await SendTestAsync(world);

        Assert.False(ok);
        Assert.Contains("refused the connection: is it running, and is Smtp:Port right?", message);
    }

    [Fact]
    public async Task Test_email_with_tls_against_a_plain_server_reports_a_tls_mismatch()
    {
        var port = ReminderWorld.FreePort();
        using var server = SimpleSmtpServer.Start(port);
        using var world = new ReminderWorld(port, ReminderWorld.SmtpSecurityMode.SslOnConnect);

        var (ok, message) = await SendTestAsync(world);

        Assert.False(ok);
        Assert.Contains("Smtp:Security", message);
        Assert.Equal(0, server.ReceivedEmailCount);
    }

    [Fact]
    public async Task Test_email_without_smtp_host_says_where_the_file_was_written()
    {
        using var world = new ReminderWorld();

        var (ok, message) = await SendTestAsync(world);

        Assert.True(ok, message);
        Assert.Contains(Path.Combine(world.App.Folder, "data", "mail-outbox"), message);
    }

    [Fact]
    public void Refused_credentials_are_described_as_an_authentication_failure()
    {
        var text = SmtpErrors.Describe(new MailKit.Security.AuthenticationException("535 5.7.8 bad"), "smtp.example.com", 587);

        Assert.Equal("The mail server smtp.example.com:587 refused the user name or password: check Smtp:UserName and Smtp:Password.", text);
    }

    [Fact]
    public void Unknown_host_is_described_as_a_name_that_cannot_be_found()
    {
        var text = SmtpErrors.Describe(new SocketException((int)SocketError.HostNotFound), "smtp.nowhere.invalid", 587);

        Assert.Contains("smtp.nowhere.invalid could not be found: check Smtp:Host", text);
    }

    [Fact]
    public void Each_failure_is_named_by_its_real_cause()
    {
        var cases = new (Exception Error, bool DataSent, MailFailure Failure, string Words)[]
        {
            (new SocketException((int)SocketError.ConnectionRefused), false, MailFailure.Refused, "refused the connection"),
            (new TimeoutException(), false, MailFailure.TimedOut, "did not answer in time"),
            (new MailKit.Security.AuthenticationException("535 bad"), false, MailFailure.Authentication, "refused the user name or password"),
            (new MailKit.Security.SslHandshakeException("no"), false, MailFailure.Tls, "secure connection (TLS)"),
            (new MailKit.Net.Smtp.SmtpProtocolException("The SMTP server has unexpectedly disconnected."), false, MailFailure.Other, "closed the connection before the message was sent"),
            (new MailKit.Net.Smtp.SmtpProtocolException("The SMTP server has unexpectedly disconnected."), true, MailFailure.UnknownAfterData, "lost after the whole message was sent"),
            (new TimeoutException(), true, MailFailure.UnknownAfterData, "it may have arrived"),
        };

        foreach (var (error, dataSent, failure, words) in cases)
        {
            var described = SmtpErrors.ToDeliveryException(error, "smtp.example.com", 587, dataSent);

            Assert.Equal(failure, described.Failure);
            Assert.Contains(words, described.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_lost_answer_after_the_data_is_not_blamed_on_the_security_setting()
    {
        var described = SmtpErrors.ToDeliveryException(new MailKit.Net.Smtp.SmtpProtocolException("The SMTP server has unexpectedly disconnected."), "smtp.example.com", 587, dataSent: true);

        Assert.True(described.MayHaveArrived);
        Assert.DoesNotContain("Smtp:Security", described.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_5xx_refusal_is_final_and_a_4xx_one_may_pass_later()
    {
        var refused = SmtpErrors.ToDeliveryException(new MailKit.Net.Smtp.SmtpCommandException(MailKit.Net.Smtp.SmtpErrorCode.RecipientNotAccepted, MailKit.Net.Smtp.SmtpStatusCode.MailboxUnavailable, "no such user"), "smtp.example.com", 587, dataSent: false);
        var busy = SmtpErrors.ToDeliveryException(new MailKit.Net.Smtp.SmtpCommandException(MailKit.Net.Smtp.SmtpErrorCode.MessageNotAccepted, MailKit.Net.Smtp.SmtpStatusCode.MailboxBusy, "try later"), "smtp.example.com", 587, dataSent: false);

        Assert.Equal((MailFailure.Rejected, true), (refused.Failure, refused.Permanent));
        Assert.Equal((MailFailure.Rejected, false), (busy.Failure, busy.Permanent));
    }

    [Fact]
    public void A_user_name_without_a_password_stops_the_app_with_a_message_naming_the_key()
    {
        using var app = new TestApp(settings: new Dictionary<string, string?> { ["Smtp:Host"] = "smtp.example.com", ["Smtp:UserName"] = "me" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Smtp:Password is required", error.ToString());
    }

    [Fact]
    public void A_bad_from_address_stops_the_app_with_a_message_naming_the_key()
    {
        using var app = new TestApp(settings: new Dictionary<string, string?> { ["Smtp:FromAddress"] = "not-an-address" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Smtp:FromAddress must be an email address", error.ToString());
    }
}
