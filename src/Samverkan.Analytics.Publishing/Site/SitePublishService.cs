using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Dashboards;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// Publishes a stored compute run (the latest by default) as the static site; used by Cli <c>publish</c>
/// and the Host's publish job. Without <paramref name="dashboards"/> the shipped definitions are used.
/// </summary>
/// <param name="catalog">The catalogue.</param>
/// <param name="results">The stored runs.</param>
/// <param name="dashboards">The dashboard definitions; null for <see cref="DashboardSet.Default"/>.</param>
/// <param name="revisions">The earlier vintages of revised values (their <c>rev.</c> marks link to them); null publishes the marks without links.</param>
public sealed class SitePublishService(Catalog catalog, IResultStore results, DashboardSet? dashboards = null, IRevisionHistory? revisions = null)
{
    /// <summary>Publishes run <paramref name="runId"/> (or the latest) to <paramref name="outputDirectory"/>; null when there is no run yet.</summary>
    public async Task<SitePublishResult?> PublishAsync(string outputDirectory, long? runId, CancellationToken cancellationToken)
    {
        var stored = await results.GetRunAsync(runId, cancellationToken).ConfigureAwait(false);
        if (stored is not { } s)
        {
            return null;
        }

        return revisions is null
            ? SitePublisher.Publish(catalog, s.Run, s.Results, outputDirectory, dashboards ?? DashboardSet.Default)
            : SitePublisher.Publish(catalog, s.Run, s.Results, outputDirectory, dashboards ?? DashboardSet.Default, SiteScope.Everything,
                await revisions.GetRevisedValuesAsync(cancellationToken).ConfigureAwait(false));
    }
}
