using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace ValueFirst.Web.Email;

/// <summary>Turns MailKit and socket exceptions into one sentence a user can act on, and the kind of failure it was.</summary>
public static class SmtpErrors
{
    public static string Describe(Exception error, string host, int port, bool dataSent = false) =>
        ToDeliveryException(error, host, port, dataSent).Message;

    /// <param name="dataSent">
    /// Whether the whole message had been handed to the connection when <paramref name="error"/> happened. A lost
    /// connection or a timeout then leaves the server's answer unknown: it may have accepted the message.
    /// </param>
    public static MailDeliveryException ToDeliveryException(Exception error, string host, int port, bool dataSent)
    {
        ArgumentNullException.ThrowIfNull(error);
        var server = $"{host}:{port}";
        if (dataSent && error is SmtpProtocolException or IOException or SocketException or TimeoutException or OperationCanceledException)
        {
            return new($"The connection to the mail server {server} was lost after the whole message was sent, before the server confirmed it: it may have arrived.",
                MailFailure.UnknownAfterData, error);
        }

        var (failure, reason) = error switch
        {
            MailKit.Security.AuthenticationException =>
                (MailFailure.Authentication, $"The mail server {server} refused the user name or password: check Smtp:UserName and Smtp:Password."),
            ServiceNotAuthenticatedException =>
                (MailFailure.Authentication, $"The mail server {server} requires sign-in: set Smtp:UserName and Smtp:Password."),
            SslHandshakeException or System.Security.Authentication.AuthenticationException =>
                (MailFailure.Tls, $"The secure connection (TLS) to {server} failed: check Smtp:Security (StartTls for port 587, SslOnConnect for 465) and the port."),
            NotSupportedException when error.Message.Contains("STARTTLS", StringComparison.OrdinalIgnoreCase) =>
                (MailFailure.Tls, $"The mail server {server} does not offer STARTTLS: check Smtp:Security and Smtp:Port."),
            NotSupportedException when error.Message.Contains("authentication", StringComparison.OrdinalIgnoreCase) =>
                (MailFailure.Authentication, $"The mail server {server} does not accept sign-in: remove Smtp:UserName or check Smtp:Host."),
            SmtpProtocolException when error.Message.Contains("disconnected", StringComparison.OrdinalIgnoreCase) =>
                (MailFailure.Other, $"The mail server {server} closed the connection before the message was sent."),
            SmtpProtocolException =>
                (MailFailure.Other, $"The mail server {server} did not answer as a mail server does ({error.Message}); if it expects TLS from the first byte (usually port 465), set Smtp:Security to SslOnConnect."),
            SmtpCommandException command =>
                (MailFailure.Rejected, $"The mail server {server} refused the message ({(int)command.StatusCode}): {command.Message}"),
            SocketException socket when socket.SocketErrorCode is SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain =>
                (MailFailure.Unreachable, $"The mail server name {host} could not be found: check Smtp:Host."),
            SocketException socket when socket.SocketErrorCode is SocketError.ConnectionRefused =>
                (MailFailure.Refused, $"The mail server {server} refused the connection: is it running, and is Smtp:Port right?"),
            SocketException or IOException =>
                (MailFailure.Unreachable, $"The mail server {server} could not be reached: check Smtp:Host, Smtp:Port and the network."),
            TimeoutException or OperationCanceledException =>
                (MailFailure.TimedOut, $"The mail server {server} did not answer in time."),
            _ => (MailFailure.Other, $"Sending through {server} failed: {error.Message}"),
        };

        // 5xx: the server refused for good (an unknown mailbox, a message it will never take); 4xx may pass later.
        var permanent = error is SmtpCommandException { StatusCode: >= (SmtpStatusCode)500 };
        return new(reason, failure, error, permanent);
    }
}
