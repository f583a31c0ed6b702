using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace ValueFirst.Web.Tests.Email;

/// <summary>
/// A small SMTP server on a loopback port that the test controls: it can be stopped and started again on the same
/// port (a mail server that is down, then back), and it can drop the connection right after a message's data has
/// arrived, before its final <c>250</c> (the answer the client never gets). Every message whose data arrived is kept,
/// accepted or not, as the copies a recipient could see.
/// </summary>
internal sealed class LoopbackSmtpServer : IDisposable
{
    private readonly ConcurrentQueue<MimeMessage> received = new();
    private TcpListener? listener;
    private CancellationTokenSource? stopping;
    private int messages;

    public LoopbackSmtpServer(int port)
    {
        Port = port;
    }

    public int Port { get; }

    /// <summary>Given the 1-based number of a message whose data arrived: true drops the connection instead of answering 250.</summary>
    public Func<int, bool> DropAfterData { get; set; } = _ => false;

    /// <summary>Every message whose data arrived, in order (dropped ones included: the server had them).</summary>
    public IReadOnlyList<MimeMessage> Received => received.ToList();

    public bool IsRunning => listener is not null;

    public LoopbackSmtpServer Start()
    {
        stopping = new CancellationTokenSource();
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _ = AcceptAsync(listener, stopping.Token);
        return this;
    }

    public void Stop()
    {
        stopping?.Cancel();
        listener?.Stop();
        listener = null;
    }

    public void Dispose() => Stop();

    private async Task AcceptAsync(TcpListener server, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await server.AcceptTcpClientAsync(ct);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = Task.Run(() => ConverseAsync(client, ct), ct);
        }
    }

    private async Task ConverseAsync(TcpClient client, CancellationToken ct)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var reader = new StreamReader(stream, Encoding.Latin1);
                var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync("220 localhost test server ready");
                while (await reader.ReadLineAsync(ct) is { } line)
                {
                    var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                    switch (verb)
                    {
                        case "EHLO":
                            await writer.WriteLineAsync("250-localhost");
                            await writer.WriteLineAsync("250 8BITMIME");
                            break;
                        case "HELO" or "MAIL" or "RCPT" or "RSET" or "NOOP":
                            await writer.WriteLineAsync("250 OK");
                            break;
                        case "DATA":
                            await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                            var data = await ReadDataAsync(reader, ct);
                            received.Enqueue(MimeMessage.Load(new MemoryStream(Encoding.Latin1.GetBytes(data))));
                            if (DropAfterData(Interlocked.Increment(ref messages)))
                            {
                                client.Client.LingerState = new LingerOption(true, 0);
                                return;
                            }

                            await writer.WriteLineAsync("250 OK queued");
                            break;
                        case "QUIT":
                            await writer.WriteLineAsync("221 Bye");
                            return;
                        default:
                            await writer.WriteLineAsync("502 Command not implemented");
                            break;
                    }
                }
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away; nothing to answer.
            }
        }
    }

    private static async Task<string> ReadDataAsync(StreamReader reader, CancellationToken ct)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(ct) is { } line && line != ".")
        {
            data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }

        return data.ToString();
    }
}
