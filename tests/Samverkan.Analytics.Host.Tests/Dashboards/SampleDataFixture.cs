using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Dashboards;

/// <summary>
/// A data directory made once per test run by the built <c>samverkan run</c> on data-samples/ (the
/// shipped catalogue, every sample file, compute run 1, the whole site published): what a new
/// installation holds after its first start. Tests start Hosts on it and add their own users
/// (each test its own user names, since they share the database).
/// </summary>
public sealed class SampleDataFixture : IDisposable
{
    private readonly TempDirectory _data = new();

    public SampleDataFixture()
    {
        var run = CliRunner.RunAsync(TimeSpan.FromMinutes(15), "run", "--data-dir", _data.Path).GetAwaiter().GetResult();
        if (run.ExitCode != 0 || !File.Exists(System.IO.Path.Combine(Site, "index.html")))
        {
            throw new InvalidOperationException($"samverkan run failed ({run.ExitCode}):\n{run.Output}\n{run.Error}");
        }

        RunOutput = run.Output;
    }

    public string Path => _data.Path;

    /// <summary>What <c>samverkan run</c> printed.</summary>
    public string RunOutput { get; }

    /// <summary>The full site.</summary>
    public string Site => System.IO.Path.Combine(_data.Path, "site");

    public void Dispose() => _data.Dispose();
}
