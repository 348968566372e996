using Samverkan.Analytics.Core.Observations;

namespace Samverkan.Analytics.Ingestion.Csv;

/// <summary>
/// A reader's aggregates as <see cref="Core.Imports.ParsedFile.Observations"/> without holding them as
/// objects: observation <c>i</c> is built from the reader's compact tallies when it is asked for (the
/// indexer, or one at a time while enumerating), so 278 400 monthly counts cost their tallies' arrays,
/// not 278 400 observations with their lineage. The store enumerates it once, in order, and writes it a
/// chunk at a time. A reader returns it only when its aggregates hold each key once and every period
/// in one granularity by construction (one cell per area × category × month), so the whole-file key
/// checks of <see cref="Checks.FileChecks"/> have nothing to find and skip it.
/// </summary>
internal sealed class ComputedObservations : IReadOnlyList<Observation>
{
    private readonly Func<int, string, Observation> _at;

    /// <summary>
    /// <paramref name="count"/> observations; <paramref name="at"/> builds observation <c>i</c> with
    /// <paramref name="fileHash"/> in its lineage.
    /// </summary>
    public ComputedObservations(int count, string fileHash, Func<int, string, Observation> at)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Count = count;
        FileHash = fileHash;
        _at = at;
    }

    /// <summary>The file hash the observations' lineage names.</summary>
    public string FileHash { get; }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public Observation this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _at(index, FileHash);
        }
    }

    /// <summary>The same observations with <paramref name="fileHash"/> in their lineage (the speculative read learns the hash last).</summary>
    public ComputedObservations WithFileHash(string fileHash) => new(Count, fileHash, _at);

    /// <inheritdoc />
    public IEnumerator<Observation> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _at(i, FileHash);
        }
    }

    /// <inheritdoc />
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
