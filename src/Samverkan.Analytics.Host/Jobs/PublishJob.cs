using Hangfire;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Publishing.Site;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>Publishes the latest run as the site served at <c>/</c>; a separate job, so a failing publish never blocks imports.</summary>
public sealed class PublishJob(SitePublishService publisher, DataDirectory dataDirectory, ILogger<PublishJob> log)
{
    /// <summary>The Hangfire entry point.</summary>
    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var result = await publisher.PublishAsync(dataDirectory.Site, null, cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            log.LogInformation("Nothing to publish yet: no compute run");
            return;
        }

        log.LogInformation("Published {Charts} charts to {Directory}", result.ChartCount, result.OutputDirectory);
    }
}
