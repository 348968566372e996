using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>Publishes a stored compute run (the latest by default) as the static site; used by Cli <c>publish</c> and the Host's publish job.</summary>
public sealed class SitePublishService(Catalog catalog, IResultStore results)
{
    /// <summary>Publishes run <paramref name="runId"/> (or the latest) to <paramref name="outputDirectory"/>; null when there is no run yet.</summary>
    public async Task<SitePublishResult?> PublishAsync(string outputDirectory, long? runId, CancellationToken cancellationToken)
    {
        var stored = await results.GetRunAsync(runId, cancellationToken).ConfigureAwait(false);
        return stored is { } s ? SitePublisher.Publish(catalog, s.Run, s.Results, outputDirectory) : null;
    }
}
