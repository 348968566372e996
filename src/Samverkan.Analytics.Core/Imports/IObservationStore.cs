using Samverkan.Analytics.Core.Observations;

namespace Samverkan.Analytics.Core.Imports;

/// <summary>
/// The port to stored observations (implemented by Storage). Every import is one transaction: a
/// rejected or failed file stores nothing, and nothing already stored is lost.
/// </summary>
public interface IObservationStore
{
    /// <summary>
    /// Stores a parsed, non-rejected file as one import: new keys are added, changed values are
    /// revised (the old value kept as history), equal values are left. The same bytes imported twice
    /// store nothing the second time. With <paramref name="dryRun"/> nothing is written and the
    /// outcome says what would happen.
    /// </summary>
    Task<ImportOutcome> ImportAsync(ParsedFile file, bool dryRun, CancellationToken cancellationToken);

    /// <summary>The current version of every stored value, of imports that are not reverted.</summary>
    Task<IReadOnlyList<Observation>> GetCurrentObservationsAsync(CancellationToken cancellationToken);

    /// <summary>All imports, newest first.</summary>
    Task<IReadOnlyList<ImportRecord>> ListImportsAsync(CancellationToken cancellationToken);
}
