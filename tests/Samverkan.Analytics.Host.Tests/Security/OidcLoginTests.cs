using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Host.Security;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Security;

/// <summary>
/// OpenID Connect as a settings-only option: the handler is there only when the settings turn it on,
/// the login page's button sends the browser to the provider's authorize endpoint (the provider's
/// discovery document is served in-process, no network), bad settings name themselves, and the
/// provider's claims map to our roles and areas, failing closed.
/// </summary>
public sealed class OidcLoginTests
{
    private const string Issuer = "https://login.example.test/stad/v2.0";

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Samverkan:Authentication:Oidc:Authority"] = Issuer,
        ["Samverkan:Authentication:Oidc:ClientId"] = "samverkan-test",
        ["Samverkan:Authentication:Oidc:ClientSecret"] = "hemligt-test-värde",
        ["Samverkan:Authentication:Oidc:Roles:viewer:0"] = "Samverkan.Viewer",
        ["Samverkan:Authentication:Oidc:Roles:admin:0"] = "Samverkan.Admin",
    };

    [Fact]
    public async Task LoginPageButton_RedirectsToTheAuthorizeEndpoint_WhenOidcIsConfigured()
    {
        await using var host = new SecurityTestHost(settings: Settings);
        using var factory = host.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Configure<OpenIdConnectOptions>(OidcOptions.Scheme, o => o.BackchannelHttpHandler = new FakeProvider())));
        using var client = TestLogin.AnonymousClient(factory);

        var schemes = await factory.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetAllSchemesAsync();
        var page = await client.GetStringAsync(new Uri("/logga-in?returnUrl=%2Findikator%2Fran.html", UriKind.Relative));
        using var challenge = await client.GetAsync(new Uri("/logga-in?oidc=1&returnUrl=%2Findikator%2Fran.html", UriKind.Relative));

        Assert.Contains(schemes, s => s.Name == OidcOptions.Scheme && s.HandlerType == typeof(OpenIdConnectHandler));
        Assert.Contains("Logga in med stadens konto", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/logga-in?oidc=1&amp;returnUrl=%2Findikator%2Fran.html\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var location = challenge.Headers.Location!;
        Assert.Equal("https://login.example.test/stad/oauth2/v2.0/authorize", location.GetLeftPart(UriPartial.Path));
        var query = location.Query;
        Assert.Contains("client_id=samverkan-test", query, StringComparison.Ordinal);
        Assert.Contains("response_type=code", query, StringComparison.Ordinal);
        Assert.Contains("redirect_uri=http%3A%2F%2Flocalhost%2Fsignin-oidc", query, StringComparison.Ordinal);
        Assert.Contains("code_challenge_method=S256", query, StringComparison.Ordinal);
        Assert.Contains("state=", query, StringComparison.Ordinal);
        Assert.DoesNotContain("hemligt", location.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_HasNoOidcHandlerOrButton_WhenTheSettingsAreEmpty()
    {
        await using var host = new SecurityTestHost();
        using var client = TestLogin.AnonymousClient(host.Factory);

        var schemes = await host.Factory.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetAllSchemesAsync();
        var page = await client.GetStringAsync(new Uri("/logga-in", UriKind.Relative));
        using var challenge = await client.GetAsync(new Uri("/logga-in?oidc=1", UriKind.Relative));

        Assert.DoesNotContain(schemes, s => s.Name == OidcOptions.Scheme);
        Assert.DoesNotContain("oidc=1", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, challenge.StatusCode); // just the login page
    }

    [Fact]
    public void Problems_NameEverySetting_WhenOidcIsHalfConfigured()
    {
        var catalog = Catalog();
        var options = new OidcOptions
        {
            Authority = "http://login.example.test/stad",
            Roles = new(StringComparer.OrdinalIgnoreCase) { ["chef"] = ["X"] },
            Areas = new(StringComparer.OrdinalIgnoreCase) { ["Grupp-Järva"] = ["lpo-jarva", "atlantis"] },
        };

        var problems = OidcLogin.Problems(options, catalog);

        Assert.Contains(problems, p => p.StartsWith("Samverkan:Authentication:Oidc:Authority måste använda https", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Samverkan:Authentication:Oidc:ClientId är tom", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Samverkan:Authentication:Oidc:ClientSecret är tom", StringComparison.Ordinal) && p.Contains(OidcOptions.ClientSecretVariable, StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Samverkan:Authentication:Oidc:Roles:chef är ingen roll", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.EndsWith("Areas:Grupp-Järva anger atlantis, som inte är något områdes-id i katalogen.", StringComparison.Ordinal));
        Assert.Empty(OidcLogin.Problems(new OidcOptions(), catalog));
    }

    [Fact]
    public void Map_GivesTheHighestMappedRoleAndTheAreas_FromTheProvidersClaims()
    {
        var options = MappingOptions();

        var (principal, refusal) = OidcClaimsMapper.Map(
            [new("preferred_username", "anna@stockholm.se"), new("roles", "Samverkan.Viewer"), new("roles", "Samverkan.Analyst"), new("samverkan_areas", "Grupp-Järva"), new("samverkan_areas", "po-syd")],
            options, Catalog().Areas);

        Assert.Null(refusal);
        Assert.Equal("anna@stockholm.se", principal!.Identity!.Name);
        Assert.Equal(SamverkanClaims.OidcAuthenticationType, principal.Identity.AuthenticationType);
        Assert.Equal(["analyst"], principal.FindAll(ClaimTypes.Role).Select(c => c.Value));
        Assert.True(principal.HasAtLeast(Core.Users.UserRole.Analyst));
        Assert.Equal(["lpo-jarva", "po-syd", "sdo-jarva"], AreaScope.For(principal).AreaIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Map_SeesEveryArea_WhenTheProviderSendsNoAreaClaim()
    {
        var (principal, _) = OidcClaimsMapper.Map([new("email", "bo@polisen.se"), new("roles", "Samverkan.Admin")], MappingOptions(), Catalog().Areas);

        Assert.Equal("bo@polisen.se", principal!.Identity!.Name);
        Assert.Equal(["admin"], principal.FindAll(ClaimTypes.Role).Select(c => c.Value));
        Assert.False(AreaScope.For(principal).IsLimited);
    }

    [Theory]
    [InlineData("Samverkan.Okänd", null, "roles")]
    [InlineData("Samverkan.Viewer", "atlantis", "samverkan_areas")]
    public void Map_RefusesTheLogin_WhenNoRoleIsMappedOrNoAreaIsKnown(string role, string? area, string named)
    {
        var claims = new List<Claim> { new("sub", "x1"), new("roles", role) };
        if (area is not null)
        {
            claims.Add(new("samverkan_areas", area));
        }

        var (principal, refusal) = OidcClaimsMapper.Map(claims, MappingOptions(), Catalog().Areas);

        Assert.Null(principal);
        Assert.Contains(named, refusal, StringComparison.Ordinal);
    }

    private static OidcOptions MappingOptions() => new()
    {
        Roles = new(StringComparer.OrdinalIgnoreCase)
        {
            ["viewer"] = ["Samverkan.Viewer"],
            ["analyst"] = ["Samverkan.Analyst"],
            ["admin"] = ["Samverkan.Admin"],
        },
        Areas = new(StringComparer.OrdinalIgnoreCase) { ["Grupp-Järva"] = ["lpo-jarva", "sdo-jarva"] },
    };

    private static Catalog Catalog() =>
        Samverkan.Analytics.Ingestion.Catalog.CatalogLoader.Load(Path.Combine(RepositoryRoot.Path, "data-samples", "catalog")).GetCatalogOrThrow();

    /// <summary>The provider's discovery document and keys, answered in-process (no network).</summary>
    private sealed class FakeProvider : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.RequestUri!.AbsolutePath.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal)
                ? $$"""
                  {"issuer":"{{Issuer}}","authorization_endpoint":"https://login.example.test/stad/oauth2/v2.0/authorize",
                   "token_endpoint":"https://login.example.test/stad/oauth2/v2.0/token","jwks_uri":"https://login.example.test/stad/discovery/v2.0/keys",
                   "end_session_endpoint":"https://login.example.test/stad/oauth2/v2.0/logout","response_types_supported":["code"],
                   "subject_types_supported":["pairwise"],"id_token_signing_alg_values_supported":["RS256"],"code_challenge_methods_supported":["S256"]}
                  """
                : """{"keys":[]}""";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }
}
