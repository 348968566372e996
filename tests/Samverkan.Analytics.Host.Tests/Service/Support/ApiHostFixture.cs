using System.Net;

namespace Samverkan.Analytics.Host.Tests.Service.Support;

/// <summary>One in-process Host for the API tests, ready once the first-start samples are computed.</summary>
public sealed class ApiHostFixture : IAsyncLifetime
{
    /// <summary>The upload limit the API tests run with (bytes).</summary>
    public const long MaxUploadBytes = 100_000;

    public ServiceHost Host { get; } = new(new Dictionary<string, string?> { ["Samverkan:Api:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public async Task InitializeAsync()
    {
        using var client = Host.CreateClient();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(180))
        {
            using var response = await client.GetAsync(new Uri("/api/results?indicator=ran", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The first compute run did not appear within 180 s.");
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
