using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Observations;

namespace Samverkan.Analytics.Publishing.Tests.StatusReport;

/// <summary>An observation store that only lists imports (all the status report reads).</summary>
internal sealed class ImportListStore(IReadOnlyList<ImportRecord> imports) : IObservationStore
{
    public Task<ImportOutcome> ImportAsync(ParsedFile file, bool dryRun, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Observation>> GetCurrentObservationsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ImportRecord>> ListImportsAsync(CancellationToken cancellationToken) => Task.FromResult(imports);
}
