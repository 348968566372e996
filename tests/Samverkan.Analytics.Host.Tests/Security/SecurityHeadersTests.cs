using System.Net;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Security;

/// <summary>Security headers on every kind of response: pages, redirects, 401s, static files, the dashboard.</summary>
public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData("/health", false)]
    [InlineData("/logga-in", false)]
    [InlineData("/", false)]
    [InlineData("/api/results", false)]
    [InlineData("/logga-ut", true)]
    [InlineData("/no-such-file.css", true)]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path, bool loggedIn)
    {
        await using var host = new SecurityTestHost();
        using var client = loggedIn ? await TestLogin.ClientForNewUserAsync(host.Factory, "vera", UserRole.Viewer) : TestLogin.AnonymousClient(host.Factory);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var csp = Header(response, "Content-Security-Policy");

        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security")); // plain HTTP
    }

    [Fact]
    public async Task HangfireDashboard_AllowsInlineStylesButNoInlineScripts()
    {
        await using var host = new SecurityTestHost();
        using var admin = await TestLogin.ClientForNewUserAsync(host.Factory, "ada", UserRole.Admin);

        using var response = await admin.GetAsync(new Uri("/hangfire", UriKind.Relative));
        var csp = Header(response, "Content-Security-Policy");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self' 'unsafe-inline';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"No {name} header on {(int)response.StatusCode} {response.RequestMessage?.RequestUri}");
}
