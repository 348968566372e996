using System.Diagnostics;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Service.Support;

/// <summary>
/// The Host in-process (WebApplicationFactory, SQLite, the real cookie login) over a temporary data
/// directory, as a new installation starts: the first start loads the samples and computes. Shared
/// by the tests of <see cref="SampleHostCollection"/>, which take turns on it: each uses its own user
/// names and report years, so what one writes is not what another checks.
/// </summary>
public sealed class SampleHost : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private readonly TempDirectory _data = new();

    public SampleHost() =>
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Samverkan:DataDirectory", _data.Path));

    public WebApplicationFactory<Program> Factory { get; }

    public IServiceProvider Services => Factory.Services;

    public string DataDirectory => _data.Path;

    /// <summary>The compute run of the first start.</summary>
    public long FirstRunId { get; private set; }

    public async Task InitializeAsync()
    {
        _ = Factory.Server; // starts the host: the first start loads the samples and computes
        FirstRunId = await WaitForRunAsync(Factory.Services, after: 0);
    }

    /// <summary>Waits for a compute run newer than <paramref name="after"/> in <paramref name="services"/>' result store; returns its id.</summary>
    public static async Task<long> WaitForRunAsync(IServiceProvider services, long after)
    {
        var results = services.GetRequiredService<IResultStore>();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if ((await results.GetRunAsync(null, CancellationToken.None))?.Run.Id is { } id && id > after)
            {
                return id;
            }

            if (clock.Elapsed > Patience)
            {
                throw new TimeoutException($"No compute run after {after} within {Patience}.");
            }

            await Task.Delay(250);
        }
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        _data.Dispose();
    }
}
