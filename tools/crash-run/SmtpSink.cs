using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Samverkan.Analytics.CrashRun;

/// <summary>An SMTP server (SmtpServer 11.1.0) in this process on a free loopback port that keeps every accepted message.</summary>
internal sealed class SmtpSink : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Store _store = new();
    private Task _running = Task.CompletedTask;

    /// <summary>The port it listens on.</summary>
    public int Port { get; private set; }

    /// <summary>Accepted messages: Message-ID and envelope recipients.</summary>
    public IReadOnlyList<(string MessageId, string To)> Messages => _store.Messages.ToList();

    public static async Task<SmtpSink> StartAsync()
    {
        var sink = new SmtpSink();
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        sink.Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, sink.Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(sink._store);
        sink._running = new SmtpServer.SmtpServer(options, services).StartAsync(sink._stop.Token);
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, sink.Port).ConfigureAwait(false);
                return sink;
            }
            catch (SocketException)
            {
                await Task.Delay(20).ConfigureAwait(false);
            }
        }

        throw new InvalidOperationException($"The SMTP sink did not start on port {sink.Port}.");
    }

    /// <summary>Forgets every message (between cycles).</summary>
    public void Clear() => _store.Messages.Clear();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        catch (TimeoutException)
        {
        }

        _stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<(string, string)> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken).ConfigureAwait(false);
            foreach (var to in transaction.To)
            {
                Messages.Enqueue((message.MessageId ?? "(none)", $"{to.User}@{to.Host}".ToLowerInvariant()));
            }

            return SmtpResponse.Ok;
        }
    }
}
