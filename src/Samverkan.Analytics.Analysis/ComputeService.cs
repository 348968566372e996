using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Analysis;

/// <summary>
/// One compute run: reads the current observations, computes every result row and stores them as a
/// new run in one transaction. Called by the Cli's <c>compute</c> and the Host's compute job.
/// </summary>
public sealed class ComputeService(Catalog catalog, IObservationStore observations, IResultStore results, TimeProvider time)
{
    /// <summary>Computes and stores a new run; returns it.</summary>
    public async Task<ComputeRun> RunAsync(CancellationToken cancellationToken)
    {
        var current = await observations.GetCurrentObservationsAsync(cancellationToken).ConfigureAwait(false);
        var rows = new ResultsComputer().Compute(catalog, current);
        var imports = await observations.ListImportsAsync(cancellationToken).ConfigureAwait(false);
        var run = new ComputeRun
        {
            ComputedAt = time.GetUtcNow(),
            CatalogVersion = catalog.Version,
            LatestImportId = imports.Count == 0 ? null : imports.Max(i => i.Id),
            RowCount = rows.Count,
        };
        return await results.SaveRunAsync(run, rows, cancellationToken).ConfigureAwait(false);
    }
}
