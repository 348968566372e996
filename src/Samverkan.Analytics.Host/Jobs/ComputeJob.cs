using Hangfire;
using Microsoft.Extensions.Options;
using Samverkan.Analytics.Analysis;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Host.Configuration;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>
/// A compute run. Never two at once on any server (the <see cref="JobLock.Compute"/> lock); a run
/// that finds the latest stored run already based on the newest import and this catalogue version
/// does nothing unless forced, so running it twice costs nothing.
/// </summary>
public sealed class ComputeJob(
    ComputeService compute,
    IObservationStore observations,
    IResultStore results,
    Catalog catalog,
    JobStorage storage,
    IOptions<JobsOptions> jobs,
    ILogger<ComputeJob> log)
{
    /// <summary>
    /// The Hangfire entry point. Synchronous on purpose: the lock is taken and released on the
    /// worker's thread (see <see cref="JobLock"/>); the work inside is asynchronous.
    /// </summary>
    /// <param name="force">Compute even when the latest run is current (nightly, or an analyst's request).</param>
    /// <param name="cancellationToken">Hangfire's shutdown token.</param>
    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("compute")]
    public void Run(bool force, CancellationToken cancellationToken)
    {
        var wait = jobs.Value.LockWaitTimeout;
        using var held = JobLock.TryAcquire(storage, JobLock.Compute, wait, log)
            ?? throw new TimeoutException($"En annan beräkning pågick längre än {wait} (Samverkan:Jobs:LockWaitTimeout); den här försöker igen senare.");
        JobRunner.Run(log, JobIds.Compute, () => RunLockedAsync(force, cancellationToken));
    }

    /// <summary>True when the latest stored run saw the newest import and used this catalogue version.</summary>
    internal async Task<bool> IsCurrentAsync(CancellationToken cancellationToken)
    {
        var latest = await results.GetRunAsync(null, cancellationToken).ConfigureAwait(false);
        if (latest is not { } stored)
        {
            return false;
        }

        var imports = await observations.ListImportsAsync(cancellationToken).ConfigureAwait(false);
        long? newest = imports.Count == 0 ? null : imports.Max(i => i.Id);
        return stored.Run.LatestImportId == newest && string.Equals(stored.Run.CatalogVersion, catalog.Version, StringComparison.Ordinal);
    }

    private async Task RunLockedAsync(bool force, CancellationToken cancellationToken)
    {
        if (!force && await IsCurrentAsync(cancellationToken).ConfigureAwait(false))
        {
            log.LogInformation(JobEvents.ComputeSkipped, "Compute skipped: the latest run is based on the newest import and catalogue {Version}", catalog.Version);
            return;
        }

        log.LogInformation(JobEvents.ComputeStarted, "Compute started");
        var run = await compute.RunAsync(cancellationToken).ConfigureAwait(false);
        log.LogInformation(JobEvents.ComputeFinished, "Compute run {RunId}: {Rows} result rows (catalogue {Version}, data up to import {ImportId})",
            run.Id, run.RowCount, run.CatalogVersion, run.LatestImportId);
    }
}
