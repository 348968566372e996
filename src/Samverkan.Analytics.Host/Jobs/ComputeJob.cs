using Hangfire;
using Samverkan.Analytics.Analysis;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>A compute run; never two at once (a distributed lock through Hangfire's storage).</summary>
public sealed class ComputeJob(ComputeService compute, IResultStore results, ILogger<ComputeJob> log)
{
    /// <summary>The Hangfire entry point.</summary>
    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var run = await compute.RunAsync(cancellationToken).ConfigureAwait(false);
        log.LogInformation("Compute run {RunId}: {Rows} result rows (catalogue {Version})", run.Id, run.RowCount, run.CatalogVersion);
    }

    /// <summary>True when a compute run is stored.</summary>
    public async Task<bool> HasRunAsync(CancellationToken cancellationToken) =>
        await results.GetRunAsync(null, cancellationToken).ConfigureAwait(false) is not null;
}
