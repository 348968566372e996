using Samverkan.Analytics.Core.Indicators;
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
    /// outcome says what would happen. The file's observations are enumerated once, in order, and not
    /// held (<see cref="ParsedFile.Observations"/> may build them as they are enumerated).
    /// </summary>
    Task<ImportOutcome> ImportAsync(ParsedFile file, bool dryRun, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a file as <see cref="ImportAsync(ParsedFile, bool, CancellationToken)"/> does while its
    /// hash is still being computed (a large file's rows are read before its hashing pass ends):
    /// <paramref name="fileHash"/> gives the hash, or null when the read turns out not to hold; then
    /// nothing is stored and the result is null. A store may write the observations first and ask for
    /// the hash only before it commits (the same bytes imported twice still store nothing); this default
    /// waits for the hash first.
    /// </summary>
    async Task<ImportOutcome?> ImportAsync(ParsedFile file, Func<CancellationToken, Task<string?>> fileHash, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fileHash);
        return await fileHash(cancellationToken).ConfigureAwait(false) is { } hash
            ? await ImportAsync(file with { FileHash = hash }, dryRun, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary>The current version of every stored value, of imports that are not reverted.</summary>
    Task<IReadOnlyList<Observation>> GetCurrentObservationsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The current version of every stored value of one <paramref name="dataset"/>, of imports that are
    /// not reverted: the rows of <see cref="GetCurrentObservationsAsync(CancellationToken)"/> of that
    /// dataset, in the same order. An importer asks for the populations only, so that reading a file does
    /// not load every stored count first; a store should override this with a query of its own.
    /// </summary>
    async Task<IReadOnlyList<Observation>> GetCurrentObservationsAsync(Dataset dataset, CancellationToken cancellationToken) =>
        (await GetCurrentObservationsAsync(cancellationToken).ConfigureAwait(false)).Where(o => o.Dataset == dataset).ToList();

    /// <summary>All imports, newest first.</summary>
    Task<IReadOnlyList<ImportRecord>> ListImportsAsync(CancellationToken cancellationToken);
}
