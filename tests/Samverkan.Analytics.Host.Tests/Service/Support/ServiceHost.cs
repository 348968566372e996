using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Analytics.Host.Security;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Service.Support;

/// <summary>
/// The Host in-process (WebApplicationFactory, SQLite) over a temporary data directory, with the
/// first-start samples loaded. Requests are made by <see cref="CreateClient"/> as a user with roles:
/// until the Host has its own login, a test-only authentication scheme stands in for it (the only
/// place that knows how a test signs in; switch it to the real login when that lands).
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    private readonly TempDirectory _data = new();
    private readonly WebApplicationFactory<Program> _factory;

    public ServiceHost()
        : this(new Dictionary<string, string?>())
    {
    }

    public ServiceHost(IReadOnlyDictionary<string, string?> settings)
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Samverkan:DataDirectory", _data.Path);
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }

            b.ConfigureTestServices(services =>
            {
                services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, null);
                services.PostConfigure<AuthenticationOptions>(o =>
                {
                    o.DefaultScheme = TestAuthHandler.SchemeName;
                    o.DefaultAuthenticateScheme = TestAuthHandler.SchemeName;
                    o.DefaultChallengeScheme = TestAuthHandler.SchemeName;
                    o.DefaultForbidScheme = TestAuthHandler.SchemeName;
                });
                services.AddAuthorization();
                services.PostConfigure<AuthorizationOptions>(o =>
                {
                    // The security setup defines these; stand-ins with the same meaning until it is merged.
                    if (o.GetPolicy(Policies.Analyst) is null)
                    {
                        o.AddPolicy(Policies.Analyst, p => p.RequireRole(Roles.Analyst, Roles.Admin));
                    }

                    if (o.GetPolicy(Policies.Admin) is null)
                    {
                        o.AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));
                    }
                });
            });
        });
    }

    public string DataDirectory => _data.Path;

    public IServiceProvider Services => _factory.Services;

    /// <summary>A client signed in with <paramref name="roles"/> (none: a viewer); <c>anonymous</c> for no user at all.</summary>
    public HttpClient CreateClient(params string[] roles) => NewClient(anonymous: false, roles);

    /// <summary>A client without a user.</summary>
    public HttpClient CreateAnonymousClient() => NewClient(anonymous: true, []);

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        _data.Dispose();
    }

    private HttpClient NewClient(bool anonymous, string[] roles)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (!anonymous)
        {
            client.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, "test-user");
            client.DefaultRequestHeaders.Add(TestAuthHandler.RolesHeader, roles.Length == 0 ? Roles.Viewer : string.Join(',', roles));
        }

        return client;
    }
}
