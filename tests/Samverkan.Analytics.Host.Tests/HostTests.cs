using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests;

/// <summary>
/// The Host over a real data directory: health, the published site and the results API (logged in:
/// everything but /health needs a login), and a restart.
/// </summary>
public sealed class HostTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private WebApplicationFactory<Program> Start(bool loadSamples = true) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Samverkan:DataDirectory", _data.Path);
            b.UseSetting("Samverkan:LoadSamplesOnFirstStart", loadSamples ? "true" : "false");
        });

    [Fact]
    public async Task Health_AnswersOk()
    {
        await using var factory = Start(loadSamples: false);
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FirstStart_PublishesTheSamples_AndARestartKeepsHangfireStateAndData()
    {
        await using (var first = Start())
        {
            using var client = await TestLogin.ClientForNewUserAsync(first, "vera", UserRole.Viewer);

            // First start copies data-samples into the inbox and runs ingest → compute → publish.
            var page = await WaitForAsync(client, "/", html => html.Contains("<table", StringComparison.Ordinal));
            var csv = await client.GetStringAsync(new Uri("/api/results?format=csv", UriKind.Relative));

            Assert.Contains("lang=\"sv\"", page, StringComparison.Ordinal);
            Assert.Contains("Otrygg", page, StringComparison.Ordinal);
            Assert.StartsWith("indicator_id,area_id,period,value", csv, StringComparison.Ordinal);
        }

        var hangfireFile = Path.Combine(_data.Path, "hangfire.db");
        Assert.True(File.Exists(hangfireFile));

        await using var second = Start();
        using var again = await TestLogin.ClientForUserAsync(second, "vera");
        var api = await again.GetAsync(new Uri("/api/results?format=json", UriKind.Relative));
        var imports = Directory.GetFiles(Path.Combine(_data.Path, "archive"));

        Assert.Equal(HttpStatusCode.OK, api.StatusCode); // results survive without recomputing first
        Assert.Equal(10, imports.Length); // the ten samples were archived once, not loaded again
        Assert.Empty(Directory.GetFiles(Path.Combine(_data.Path, "inbox")));
    }

    private static async Task<string> WaitForAsync(HttpClient client, string path, Func<string, bool> ready)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        string last = "";
        while (clock.Elapsed < TimeSpan.FromSeconds(300))
        {
            last = await client.GetStringAsync(new Uri(path, UriKind.Relative));
            if (ready(last))
            {
                return last;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"{path} was not ready within 300 s; last answer:\n{last}");
    }
}
