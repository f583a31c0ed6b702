using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace ValueFirst.Web.Email;

/// <summary>Turns MailKit and socket exceptions into one sentence a user can act on.</summary>
public static class SmtpErrors
{
    public static string Describe(Exception error, string host, int port)
    {
        ArgumentNullException.ThrowIfNull(error);
        var server = $"{host}:{port}";
        return error switch
        {
            MailKit.Security.AuthenticationException =>
                $"The mail server {server} refused the user name or password: check Smtp:UserName and Smtp:Password.",
            ServiceNotAuthenticatedException =>
                $"The mail server {server} requires sign-in: set Smtp:UserName and Smtp:Password.",
            SslHandshakeException or System.Security.Authentication.AuthenticationException =>
                $"The secure connection (TLS) to {server} failed: check Smtp:Security (StartTls for port 587, SslOnConnect for 465) and the port.",
            NotSupportedException when error.Message.Contains("STARTTLS", StringComparison.OrdinalIgnoreCase) =>
                $"The mail server {server} does not offer STARTTLS: check Smtp:Security and Smtp:Port.",
            NotSupportedException when error.Message.Contains("authentication", StringComparison.OrdinalIgnoreCase) =>
                $"The mail server {server} does not accept sign-in: remove Smtp:UserName or check Smtp:Host.",
            SmtpProtocolException =>
                $"The mail server {server} did not answer as expected; the connection may need a different Smtp:Security setting.",
            SmtpCommandException command =>
                $"The mail server {server} refused the message ({(int)command.StatusCode}): {command.Message}",
            SocketException socket when socket.SocketErrorCode is SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain =>
                $"The mail server name {host} could not be found: check Smtp:Host.",
            SocketException socket when socket.SocketErrorCode is SocketError.ConnectionRefused =>
                $"The mail server {server} refused the connection: is it running, and is Smtp:Port right?",
            SocketException or IOException =>
                $"The mail server {server} could not be reached: check Smtp:Host, Smtp:Port and the network.",
            TimeoutException or OperationCanceledException =>
                $"The mail server {server} did not answer in time.",
            _ => $"Sending through {server} failed: {error.Message}",
        };
    }
}
