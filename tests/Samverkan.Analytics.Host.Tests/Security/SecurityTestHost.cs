using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Security;

/// <summary>
/// A Host on a temporary data directory for the security tests: no samples and no Hangfire server
/// (so no job publishes or computes under the test's feet), a fake clock starting now, and every
/// log line captured. Over TestServer, or over a real Kestrel socket on a free port.
/// </summary>
internal sealed class SecurityTestHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _root = new();

    public SecurityTestHost(bool realSocket = false, IReadOnlyDictionary<string, string>? settings = null, string? dataDirectory = null)
    {
        DataPath = dataDirectory ?? Data.Path;
        Factory = _root.WithWebHostBuilder(b =>
        {
            b.UseSetting("Samverkan:DataDirectory", DataPath);
            b.UseSetting("Samverkan:LoadSamplesOnFirstStart", "false");
            if (realSocket)
            {
                b.UseSetting("urls", "http://127.0.0.1:0"); // appsettings.json's fixed port 5080 could be taken (another Host, another test)
            }
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                b.UseSetting(key, value);
            }

            b.ConfigureLogging(l => l.AddProvider(Logs));
            b.ConfigureTestServices(s =>
            {
                s.AddSingleton<TimeProvider>(Time);
                var servers = s.Where(d => d.ServiceType == typeof(IHostedService)
                    && d.ImplementationFactory?.Method.ReturnType == typeof(BackgroundJobServerHostedService)).ToList();
                if (servers.Count == 0)
                {
                    throw new InvalidOperationException("The Hangfire server registration was not found; update SecurityTestHost.");
                }

                foreach (var server in servers)
                {
                    s.Remove(server);
                }
            });
        });

        if (realSocket)
        {
            Factory.UseKestrel(0);
            Factory.StartServer();
            var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            BaseAddress = new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)));
        }
    }

    public TempDirectory Data { get; } = new();

    public string DataPath { get; }

    public CapturedLogs Logs { get; } = new();

    public FakeTimeProvider Time { get; } = new(TimeProvider.System.GetUtcNow());

    public WebApplicationFactory<Program> Factory { get; }

    /// <summary>The real socket's address (<c>http://127.0.0.1:PORT/</c>), when started with one.</summary>
    public Uri? BaseAddress { get; }

    /// <summary>A client over the real socket with its own cookie jar, not following redirects.</summary>
    public HttpClient SocketClient()
    {
#pragma warning disable CA2000 // the client owns and disposes the handler
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() };
#pragma warning restore CA2000
        return new HttpClient(handler, disposeHandler: true) { BaseAddress = BaseAddress ?? throw new InvalidOperationException("Not started on a socket.") };
    }

    /// <summary>A client over the real socket, logged in through the login form as a new user.</summary>
    public async Task<HttpClient> SocketClientForNewUserAsync(string name, Samverkan.Analytics.Core.Users.UserRole role, params string[] areas)
    {
        await TestLogin.CreateUserAsync(Factory, name, role, areas);
        var client = SocketClient();
        using var login = await TestLogin.PostLoginAsync(client, name, TestLogin.Password);
        Xunit.Assert.Equal(System.Net.HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _root.DisposeAsync();
        Data.Dispose();
    }
}
