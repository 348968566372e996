using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Samverkan.Analytics.Publishing.Tests.Digest.Support;

/// <summary>
/// A real SMTP server (SmtpServer 11.1.0) in the test process on a free loopback port. It keeps
/// every accepted message, can answer 451 to the first few, and can require a login.
/// </summary>
internal sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task _running;
    private readonly Store _store;

    private SmtpTestServer(int port, Store store, Task running, CancellationTokenSource stop)
    {
        Port = port;
        _store = store;
        _running = running;
        _stop = stop;
    }

    public int Port { get; }

    /// <summary>Accepted messages with their envelope recipients.</summary>
    public IReadOnlyList<(MimeMessage Message, IReadOnlyList<string> To)> Messages => _store.Messages.ToList();

    /// <summary>Every DATA the server was offered, accepted or not.</summary>
    public int Attempts => _store.Attempts;

    /// <summary>A port nobody listens on (bound and released at once).</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static async Task<SmtpTestServer> StartAsync(int? port = null, int failFirst = 0, (string User, string Password)? login = null)
    {
        var chosen = port ?? FreePort();
        var store = new Store(failFirst);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b =>
            {
                b.Endpoint(new IPEndPoint(IPAddress.Loopback, chosen));
                if (login is not null)
                {
                    b.AuthenticationRequired(true).AllowUnsecureAuthentication(true);
                }
            })
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        if (login is { } l)
        {
            services.Add(new Authenticator(l.User, l.Password));
        }

        var server = new SmtpServer.SmtpServer(options, services);
        var stop = new CancellationTokenSource();
        var instance = new SmtpTestServer(chosen, store, server.StartAsync(stop.Token), stop);
        await WaitUntilListeningAsync(chosen);
        return instance;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private static async Task WaitUntilListeningAsync(int port)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(20);
            }
        }

        throw new InvalidOperationException($"The test SMTP server did not start on port {port}.");
    }

    private sealed class Store(int failFirst) : MessageStore
    {
        private int _attempts;

        public ConcurrentQueue<(MimeMessage, IReadOnlyList<string>)> Messages { get; } = new();

        public int Attempts => Volatile.Read(ref _attempts);

        public override async Task<SmtpServer.Protocol.SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _attempts) <= failFirst)
            {
                return new SmtpServer.Protocol.SmtpResponse((SmtpReplyCode)451, "Tillfälligt fel, försök igen");
            }

            await using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            Messages.Enqueue((message, transaction.To.Select(m => $"{m.User}@{m.Host}").ToList()));
            return SmtpServer.Protocol.SmtpResponse.Ok;
        }
    }

    private sealed class Authenticator(string user, string password) : IUserAuthenticator
    {
        public Task<bool> AuthenticateAsync(ISessionContext context, string user1, string password1, CancellationToken cancellationToken) =>
            Task.FromResult(user1 == user && password1 == password);
    }
}
