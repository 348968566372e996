using System.Globalization;
using Hangfire;
using Microsoft.Extensions.Options;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Files;
using Samverkan.Analytics.Host.Configuration;
using Samverkan.Analytics.Publishing.Dashboards;
using Samverkan.Analytics.Publishing.Site;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>
/// Publishes the latest run as the site served at <c>/</c>; a separate job, so a failing publish
/// never blocks imports. One publish at a time on any server (the <see cref="JobLock.Publish"/>
/// lock); the run last published is remembered in <c>.published-run</c> in the data directory, so
/// publishing the same run again is skipped unless forced.
/// </summary>
public sealed class PublishJob(
    IResultStore results,
    IRevisionHistory revisions,
    Catalog catalog,
    DataDirectory dataDirectory,
    JobStorage storage,
    IOptions<JobsOptions> jobs,
    ILogger<PublishJob> log)
{
    /// <summary>The file in the data directory that names the run the site shows.</summary>
    public const string PublishedRunFile = ".published-run";

    /// <summary>The Hangfire entry point (synchronous: see <see cref="ComputeJob.Run"/>).</summary>
    /// <param name="force">Publish even when the site already shows the latest run.</param>
    /// <param name="cancellationToken">Hangfire's shutdown token.</param>
    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("publish")]
    public void Run(bool force, CancellationToken cancellationToken)
    {
        var wait = jobs.Value.LockWaitTimeout;
        using var held = JobLock.TryAcquire(storage, JobLock.Publish, wait, log)
            ?? throw new TimeoutException($"En annan publicering pågick längre än {wait} (Samverkan:Jobs:LockWaitTimeout); den här försöker igen senare.");
        JobRunner.Run(log, JobIds.Publish, () => RunLockedAsync(force, cancellationToken));
    }

    /// <summary>The run id in <c>.published-run</c>, or null.</summary>
    internal static long? PublishedRun(DataDirectory dataDirectory)
    {
        var path = Path.Combine(dataDirectory.Root, PublishedRunFile);
        return File.Exists(path) && long.TryParse(File.ReadAllText(path).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    private async Task RunLockedAsync(bool force, CancellationToken cancellationToken)
    {
        RemoveLeftovers();
        var latest = await results.GetRunAsync(null, cancellationToken).ConfigureAwait(false);
        if (latest is not { } stored)
        {
            log.LogInformation(JobEvents.PublishSkipped, "Nothing to publish yet: no compute run");
            return;
        }

        if (!force && PublishedRun(dataDirectory) == stored.Run.Id && File.Exists(Path.Combine(dataDirectory.Site, "index.html")))
        {
            log.LogInformation(JobEvents.PublishSkipped, "Publish skipped: the site already shows run {RunId}", stored.Run.Id);
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        log.LogInformation(JobEvents.PublishStarted, "Publishing run {RunId}", stored.Run.Id);
        var revised = await revisions.GetRevisedValuesAsync(cancellationToken).ConfigureAwait(false);
        var result = SitePublisher.Publish(catalog, stored.Run, stored.Results, dataDirectory.Site, DashboardSet.Default, SiteScope.Everything, revised);
        // Atomic, not flushed to disk: like the site's files, it is only as durable as the publish
        // itself (docs/operations.md "Power cuts"); a lost or older value makes the next publish redo it.
        AtomicFile.Write(Path.Combine(dataDirectory.Root, PublishedRunFile), stored.Run.Id.ToString(CultureInfo.InvariantCulture) + "\n", FileDurability.Atomic);
        log.LogInformation(JobEvents.PublishFinished, "Published run {RunId}: {Charts} charts, {Files} files in {Directory}",
            stored.Run.Id, result.ChartCount, result.FileCount, result.OutputDirectory);
    }

    /// <summary>Removes the folders of a publish that was killed half way (never those of one still running).</summary>
    private void RemoveLeftovers()
    {
        foreach (var (folder, kept) in SitePublisher.RemoveAbandonedStaging(dataDirectory.Site))
        {
            if (kept is null)
            {
                log.LogInformation("Removed {Folder}, left by a publish that was stopped half way", folder);
            }
            else
            {
                log.LogInformation("Left {Folder} alone: {Reason}", folder, kept);
            }
        }
    }
}
