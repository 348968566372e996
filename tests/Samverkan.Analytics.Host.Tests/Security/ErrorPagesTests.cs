using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Security;

/// <summary>
/// Error answers as people and programs see them: a Swedish HTML page for a browser asking for a
/// page, Swedish problem details for the API, the same answer for a missing page and another area's
/// page, and the login still in front of everything.
/// </summary>
public sealed class ErrorPagesTests
{
    [Theory]
    [InlineData("/finns-inte")]
    [InlineData("/indikator/finns-inte.html")]
    public async Task MissingPage_AnswersASwedishHtmlPage_ToABrowser(string path)
    {
        await using var host = new SecurityTestHost();
        using var client = await TestLogin.ClientForNewUserAsync(host.Factory, "vera", UserRole.Viewer);

        using var response = await client.SendAsync(BrowserGet(path));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Sidan finns inte – Samverkan.Analytics</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Sidan finns inte</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">Tillbaka till översikten</a>", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/logga-in.css\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Not Found", html, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AreaLimitedViewer_GetsTheSameSwedishPage_ForAnotherAreasPageAndAMissingOne()
    {
        await using var host = new SecurityTestHost();
        using var limited = await TestLogin.ClientForNewUserAsync(host.Factory, "lina", UserRole.Viewer, "sdo-jarva", "lpo-jarva");

        using var other = await limited.SendAsync(BrowserGet("/profil/sdo-farsta.html"));
        using var missing = await limited.SendAsync(BrowserGet("/profil/finns-inte.html"));
        using var hangfire = await limited.SendAsync(BrowserGet("/hangfire"));
        var forbidden = await hangfire.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await other.Content.ReadAsStringAsync());
        Assert.Contains("<h1>Sidan finns inte</h1>", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, hangfire.StatusCode);
        Assert.Equal("text/html", hangfire.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"sv\">", forbidden, StringComparison.Ordinal);
        Assert.Contains("<h1>Ingen behörighet</h1>", forbidden, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/finns-inte", HttpStatusCode.NotFound, "Sidan finns inte", "översikten")]
    [InlineData("/api/imports", HttpStatusCode.Forbidden, "Ingen behörighet", "administratör")]
    public async Task Api_AnswersSwedishProblemDetails_EvenToABrowser(string path, HttpStatusCode status, string title, string inDetail)
    {
        await using var host = new SecurityTestHost();
        using var limited = await TestLogin.ClientForNewUserAsync(host.Factory, "lina", UserRole.Viewer, "sdo-jarva");

        using var response = await limited.SendAsync(BrowserGet(path));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
        Assert.Contains(inDetail, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Not Found", problem.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_IsStillSentToTheLogin_ForAMissingPage_AndRefusedByTheApi()
    {
        await using var host = new SecurityTestHost();
        using var client = TestLogin.AnonymousClient(host.Factory);

        using var page = await client.SendAsync(BrowserGet("/finns-inte"));
        using var api = await client.SendAsync(BrowserGet("/api/finns-inte"));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/logga-in", page.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Null(api.Headers.Location);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.Equal("Inte inloggad", problem.RootElement.GetProperty("title").GetString());
    }

    private static HttpRequestMessage BrowserGet(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.8));
        return request;
    }
}
