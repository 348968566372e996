using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Security;

/// <summary>
/// No way in without a login (issue 10): every endpoint the app maps, the published site's static
/// files and the Hangfire dashboard refuse an anonymous request, except /health and the login page.
/// </summary>
public sealed class EndpointAccessTests
{
    // The only endpoints that may answer without a login; anything else that does is a hole.
    private static readonly string[] AnonymousRoutes = ["GET /health", "GET /logga-in", "POST /logga-in", "GET /logga-in.css"];

    [Fact]
    public async Task EveryEndpoint_RefusesAnonymousRequests_ExceptHealthAndTheLoginPage()
    {
        await using var host = new SecurityTestHost();
        using var client = TestLogin.AnonymousClient(host.Factory);
        var routes = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Path: SamplePath(e.RoutePattern), Endpoint: e)))
            .ToList();

        var answered = new List<string>();
        var refusedWrongly = new List<string>();
        foreach (var (method, path, _) in routes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
            if (method is "POST" or "PUT" or "PATCH")
            {
                request.Content = new FormUrlEncodedContent([]);
            }

            using var response = await client.SendAsync(request);
            if (IsLoginDemand(response, path))
            {
                continue;
            }

            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect)
            {
                refusedWrongly.Add($"{method} {path} → {(int)response.StatusCode} {response.Headers.Location}");
                continue;
            }

            answered.Add($"{method} {path}");
        }

        var allowAnonymous = routes.Where(r => r.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(r => $"{r.Method} {r.Path}");
        Assert.Contains(routes, r => r.Path == "/api/results");
        Assert.Contains(routes, r => r.Path.StartsWith("/hangfire", StringComparison.Ordinal));
        Assert.Empty(refusedWrongly);
        Assert.Equal(AnonymousRoutes.Order(), answered.Order());
        Assert.Equal(AnonymousRoutes.Order(), allowAnonymous.Order());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/probe.css")]
    [InlineData("/charts/probe.svg")]
    [InlineData("/hangfire")]
    [InlineData("/hangfire/jobs/enqueued")]
    [InlineData("/no-such-page")]
    [InlineData("/api/no-such-thing")]
    [InlineData("/API/results")]
    public async Task SiteFilesDashboardAndUnknownPaths_DemandALogin_WhenAnonymous(string path)
    {
        await using var host = new SecurityTestHost();
        using var viewer = await TestLogin.ClientForNewUserAsync(host.Factory, "vera", UserRole.Viewer);
        WriteSite(host.DataPath);
        using var anonymous = TestLogin.AnonymousClient(host.Factory);

        using var response = await anonymous.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True(IsLoginDemand(response, path), $"{path} → {(int)response.StatusCode} {response.Headers.Location}");
        Assert.DoesNotContain("probe", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/index.html", "text/html")]
    [InlineData("/probe.css", "text/css")]
    [InlineData("/charts/probe.svg", "image/svg+xml")]
    public async Task SiteFiles_AreServed_WhenLoggedIn(string path, string contentType)
    {
        await using var host = new SecurityTestHost();
        using var viewer = await TestLogin.ClientForNewUserAsync(host.Factory, "vera", UserRole.Viewer);
        WriteSite(host.DataPath);

        using var response = await viewer.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("probe", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_AnswersWithoutLogin()
    {
        await using var host = new SecurityTestHost();
        using var anonymous = TestLogin.AnonymousClient(host.Factory);

        using var response = await anonymous.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BrowserRequest_IsRedirectedToTheLoginPageWithItsPath_WhenAnonymous()
    {
        await using var host = new SecurityTestHost();
        using var anonymous = TestLogin.AnonymousClient(host.Factory);

        using var response = await anonymous.GetAsync(new Uri("/indikatorer/x.html?omrade=lpo-jarva", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/logga-in", response.Headers.Location!.AbsolutePath);
        Assert.Equal("?returnUrl=%2Findikatorer%2Fx.html%3Fomrade%3Dlpo-jarva", response.Headers.Location.Query);
    }

    [Fact]
    public async Task ApiRequest_Gets401ProblemDetailsWithoutRedirect_WhenAnonymous()
    {
        await using var host = new SecurityTestHost();
        using var anonymous = TestLogin.AnonymousClient(host.Factory);

        using var response = await anonymous.GetAsync(new Uri("/api/results?format=csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"title\":\"Inte inloggad\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>401 for the API, a redirect to the login page for everything else.</summary>
    private static bool IsLoginDemand(HttpResponseMessage response, string path) =>
        path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase)
            ? response.StatusCode == HttpStatusCode.Unauthorized && response.Headers.Location is null
            : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.AbsolutePath == "/logga-in";

    /// <summary>A concrete path for a route pattern: parameters become <c>x</c>.</summary>
    private static string SamplePath(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart => "x",
            _ => "",
        }))));

    private static void WriteSite(string dataDirectory)
    {
        var site = Path.Combine(dataDirectory, "site");
        Directory.CreateDirectory(Path.Combine(site, "charts"));
        File.WriteAllText(Path.Combine(site, "index.html"), "<!doctype html><html lang=\"sv\"><title>probe</title><p>probe</p></html>");
        File.WriteAllText(Path.Combine(site, "probe.css"), "/* probe */ body { margin: 0; }");
        File.WriteAllText(Path.Combine(site, "charts", "probe.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>probe</title></svg>");
    }
}
