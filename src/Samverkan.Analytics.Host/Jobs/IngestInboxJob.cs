using Hangfire;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Ingestion.Importing;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>
/// Imports what waits in the inbox; when that changed the stored data (or nothing has been computed
/// or published yet), chains compute → publish. Safe to run twice: an imported file leaves the inbox,
/// and the same bytes are never imported again.
/// </summary>
public sealed class IngestInboxJob(InboxProcessor inbox, IBackgroundJobClient jobs, ComputeJob compute, DataDirectory dataDirectory, ILogger<IngestInboxJob> log)
{
    /// <summary>The Hangfire entry point.</summary>
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var files = await inbox.ProcessAsync(cancellationToken).ConfigureAwait(false);
        foreach (var file in files.Where(f => f.Outcome == InboxFileOutcome.Rejected))
        {
            log.LogWarning("Rejected {File}: moved to {Path}; reasons in {Path}.errors.txt", file.FileName, file.MovedTo, file.MovedTo);
        }

        var changed = files.Any(f => f.Import?.Outcome?.ChangedData == true);
        if (files.Count > 0)
        {
            log.LogInformation("Inbox: {Imported} imported, {Rejected} rejected, {Same} already imported",
                files.Count(f => f.Outcome == InboxFileOutcome.Imported), files.Count(f => f.Outcome == InboxFileOutcome.Rejected), files.Count(f => f.Outcome == InboxFileOutcome.AlreadyImported));
        }

        if (changed || !await compute.HasRunAsync(cancellationToken).ConfigureAwait(false) || !File.Exists(Path.Combine(dataDirectory.Site, "index.html")))
        {
            jobs.ComputeThenPublish();
        }
    }
}
