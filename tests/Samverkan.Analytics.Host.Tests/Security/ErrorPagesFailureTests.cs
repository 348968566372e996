using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Samverkan.Analytics.Host.Web;

namespace Samverkan.Analytics.Host.Tests.Security;

/// <summary>
/// An unexpected failure (500) as people and programs see it: a browser asking for a page gets the
/// Swedish error page, the API and every other client Swedish problem details; neither shows the
/// exception. A small app with only the error pages and two failing endpoints, as the Host has none
/// that fail on purpose.
/// </summary>
public sealed class ErrorPagesFailureTests : IAsyncDisposable
{
    private const string Secret = "anslutningssträng=hemlig";

    private readonly WebApplication _app;

    public ErrorPagesFailureTests()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSamverkanErrorPages();
        _app = builder.Build();
        _app.UseSamverkanErrorPages();
        _app.MapGet("/sida", string () => throw new InvalidOperationException(Secret));
        _app.MapGet("/api/sida", string () => throw new InvalidOperationException(Secret));
    }

    [Fact]
    public async Task UnexpectedFailure_AnswersTheSwedishErrorPage_ToABrowserAskingForAPage()
    {
        using var client = await ClientAsync();

        using var response = await client.SendAsync(Get("/sida", browser: true));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Ett fel uppstod</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Försök igen om en stund", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">Tillbaka till översikten</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/sida", true)]
    [InlineData("/sida", false)]
    public async Task UnexpectedFailure_AnswersSwedishProblemDetails_ToTheApiAndToProgramClients(string path, bool browser)
    {
        using var client = await ClientAsync();

        using var response = await client.SendAsync(Get(path, browser));
        var body = await response.Content.ReadAsStringAsync();
        using var problem = JsonDocument.Parse(body);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Ett fel uppstod", problem.RootElement.GetProperty("title").GetString());
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<HttpClient> ClientAsync()
    {
        await _app.StartAsync();
        return _app.GetTestClient();
    }

    private static HttpRequestMessage Get(string path, bool browser)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (browser)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.8));
        }
        else
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        return request;
    }
}
