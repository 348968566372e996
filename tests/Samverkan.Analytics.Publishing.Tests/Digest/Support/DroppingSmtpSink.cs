using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Samverkan.Analytics.Publishing.Tests.Digest.Support;

/// <summary>
/// A minimal SMTP server on a free loopback port that takes a whole message (up to the final dot)
/// and then closes the connection without answering: whether it was accepted cannot be known by
/// the sender (a relay that crashed, a network cut at the worst moment).
/// </summary>
internal sealed class DroppingSmtpSink : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _messages;

    public DroppingSmtpSink()
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Messages received completely (final dot seen), none of them answered.</summary>
    public int Messages => Volatile.Read(ref _messages);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost ESMTP");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                if (verb is "EHLO" or "HELO")
                {
                    await writer.WriteLineAsync("250 localhost");
                }
                else if (verb == "DATA")
                {
                    await writer.WriteLineAsync("354 go ahead");
                    while (await reader.ReadLineAsync(_stop.Token) is { } data && data != ".")
                    {
                    }

                    Interlocked.Increment(ref _messages);
                    break; // the whole message is here; close without a reply
                }
                else if (verb == "QUIT")
                {
                    await writer.WriteLineAsync("221 bye");
                    break;
                }
                else
                {
                    await writer.WriteLineAsync("250 ok");
                }
            }
        }
    }
}
