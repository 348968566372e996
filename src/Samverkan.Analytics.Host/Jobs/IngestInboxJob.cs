using System.Globalization;
using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.Options;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Host.Configuration;
using Samverkan.Analytics.Ingestion.Importing;
using Samverkan.Analytics.Ingestion.Layout;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>
/// Imports what waits in the inbox; when that changed the stored data (or nothing has been
/// published yet), chains compute → publish. One server reads the inbox at a time (the
/// <see cref="JobLock.Inbox"/> lock): a run that finds another reading skips, since that one takes
/// the files. Safe to run twice: an imported file leaves the inbox, the same bytes are never stored
/// twice (content hash), and a file another process moved away mid-run is not an error.
/// Every run also catches up: when the results or the site are behind the data (a server was
/// killed between an import and its compute, or mid-compute or mid-publish, so the chain it would
/// have run is lost) and no compute or publish is running, it chains compute → publish again.
/// </summary>
public sealed class IngestInboxJob(
    InboxProcessor inbox,
    IObservationStore observations,
    IResultStore results,
    Catalog catalog,
    IBackgroundJobClient jobs,
    DataDirectory dataDirectory,
    JobStorage storage,
    IOptions<SamverkanOptions> options,
    ILogger<IngestInboxJob> log)
{
    private const int MaxPasses = 3;

    /// <summary>The Hangfire entry point (synchronous: see <see cref="ComputeJob.Run"/>).</summary>
    /// <param name="seedSamples">First start: copy the sample data into the inbox when nothing was ever imported (if <c>Samverkan:LoadSamplesOnFirstStart</c>).</param>
    /// <param name="cancellationToken">Hangfire's shutdown token; stops before the next file.</param>
    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("ingest-inbox")]
    public void Run(bool seedSamples, CancellationToken cancellationToken)
    {
        // The first-start run waits for the lock, so the samples are seeded exactly when the store is empty.
        var wait = seedSamples ? TimeSpan.FromMinutes(1) : TimeSpan.FromSeconds(1);
        using var held = JobLock.TryAcquire(storage, JobLock.Inbox, wait, log);
        if (held is null)
        {
            log.LogInformation(JobEvents.InboxBusy, "Inbox: another server is reading it; this run leaves the files to that one");
            return;
        }

        JobRunner.Run(log, JobIds.IngestInbox, () => RunLockedAsync(seedSamples, cancellationToken));
    }

    private async Task RunLockedAsync(bool seedSamples, CancellationToken cancellationToken)
    {
        if (seedSamples)
        {
            var seeded = await SampleSeeder.SeedIfEmptyAsync(observations, dataDirectory, options.Value.SampleDirectory(), cancellationToken).ConfigureAwait(false);
            if (seeded > 0)
            {
                log.LogInformation(JobEvents.SamplesSeeded, "First start: copied {Count} sample files from data-samples into the inbox", seeded);
            }
        }

        var before = await NewestImportAsync(cancellationToken).ConfigureAwait(false);
        var files = new List<InboxFileResult>();
        var interrupted = false;
        for (var pass = 1; ; pass++)
        {
            try
            {
                files.AddRange(await inbox.ProcessAsync(cancellationToken).ConfigureAwait(false));
                break;
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException && pass < MaxPasses)
            {
                // Another process (a server without the lock, the Cli) took a file between listing and
                // moving it. The content hash kept it from being stored twice; read the inbox again.
                interrupted = true;
                log.LogInformation(JobEvents.InboxFileLeft, "Inbox: a file left the inbox while it was read ({Reason}); reading the inbox again", e.Message);
            }
        }

        foreach (var file in files.Where(f => f.Outcome == InboxFileOutcome.Rejected))
        {
            log.LogWarning(JobEvents.InboxFileRejected, "Rejected {File}: moved to {Path}; the reasons are in {Path}.errors.txt", file.FileName, file.MovedTo, file.MovedTo);
        }

        if (files.Count > 0)
        {
            log.LogInformation(JobEvents.InboxRead, "Inbox: {Imported} imported, {Rejected} rejected, {AlreadyImported} already imported, {Skipped} left for later",
                Count(files, InboxFileOutcome.Imported), Count(files, InboxFileOutcome.Rejected),
                Count(files, InboxFileOutcome.AlreadyImported), Count(files, InboxFileOutcome.Skipped));
        }

        var changed = files.Any(f => f.Import?.Outcome?.ChangedData == true)
            || (interrupted && await NewestImportAsync(cancellationToken).ConfigureAwait(false) != before);
        if (changed)
        {
            jobs.ComputeThenPublish(force: false);
        }
        else if (await BehindAsync(cancellationToken).ConfigureAwait(false) is { } behind && !ChainPendingOrRunning())
        {
            // Only when no compute or publish waits in the queue or holds its lock: a chain on its way
            // would otherwise be joined by one more (waiting) publish at every poll. The chain's steps
            // skip what is already current. A poll between a compute's dequeue and its lock (or its
            // lock's release and its publish's enqueue) can still queue one extra chain that skips;
            // counting "processing" jobs would close that gap but would also wait out a killed
            // server's invisibility timeout (30 min on SQLite), the case this catch-up is for
            // (docs/operations.md).
            log.LogInformation(JobEvents.CatchUp, "Catching up: {Reason}; computing and publishing", behind);
            jobs.ComputeThenPublish(force: false);
        }
    }

    /// <summary>Why the results or the site lag the data, or null when they are current.</summary>
    private async Task<string?> BehindAsync(CancellationToken cancellationToken)
    {
        var newest = await NewestImportAsync(cancellationToken).ConfigureAwait(false);
        var latest = await results.GetRunAsync(null, cancellationToken).ConfigureAwait(false);
        var published = PublishJob.PublishedRun(dataDirectory);
        return latest is not { } stored
            ? "nothing has been computed yet"
            : stored.Run.LatestImportId != newest || !string.Equals(stored.Run.CatalogVersion, catalog.Version, StringComparison.Ordinal)
                ? string.Create(CultureInfo.InvariantCulture, $"the latest run {stored.Run.Id} is not based on import {newest} and catalogue {catalog.Version}")
                : published != stored.Run.Id || !File.Exists(Path.Combine(dataDirectory.Site, "index.html"))
                    ? string.Create(CultureInfo.InvariantCulture, $"the site shows run {published?.ToString(CultureInfo.InvariantCulture) ?? "none"}, the latest is {stored.Run.Id}")
                    : null;
    }

    private bool ChainPendingOrRunning()
    {
        var queued = storage.GetMonitoringApi().EnqueuedJobs(EnqueuedState.DefaultQueue, 0, 200)
            .Any(j => j.Value?.Job?.Type is { } type && (type == typeof(ComputeJob) || type == typeof(PublishJob)));
        if (queued)
        {
            return true;
        }

        using var compute = JobLock.TryAcquire(storage, JobLock.Compute, TimeSpan.Zero, log);
        using var publish = compute is null ? null : JobLock.TryAcquire(storage, JobLock.Publish, TimeSpan.Zero, log);
        return publish is null;
    }

    private static int Count(List<InboxFileResult> files, InboxFileOutcome outcome) => files.Count(f => f.Outcome == outcome);

    private async Task<long?> NewestImportAsync(CancellationToken cancellationToken)
    {
        var imports = await observations.ListImportsAsync(cancellationToken).ConfigureAwait(false);
        return imports.Count == 0 ? null : imports.Max(i => i.Id);
    }
}
