using System.Collections.Concurrent;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Host.Web;

/// <summary>
/// The result store with the rows of the last few runs kept in memory (docs/benchmarks.md: reading
/// a run of 2 000 rows from the database on every <c>/api/results</c> call was what made the API slow).
/// A stored run never changes, so rows are kept by run id and nothing can go stale; what changes is
/// which run is the latest. That id is read from the database (<paramref name="latestRunId"/>, one
/// indexed read) at most once per <see cref="LatestRunRecheck"/>, and at once after a run is saved
/// through this store, so a run stored by this server is served by the next request and one stored
/// by another server sharing the database within a second. Callers get read-only lists, shared.
/// </summary>
/// <param name="inner">The database store.</param>
/// <param name="latestRunId">The latest run's id from the database, or null when there is none.</param>
/// <param name="time">The clock for the recheck interval.</param>
internal sealed class CachedResultStore(IResultStore inner, Func<CancellationToken, Task<long?>> latestRunId, TimeProvider time) : IResultStore
{
    /// <summary>How long the latest run's id is trusted before it is read again.</summary>
    public static readonly TimeSpan LatestRunRecheck = TimeSpan.FromSeconds(1);

    /// <summary>How many runs' rows are kept (the latest, and a few asked for by id).</summary>
    public const int KeptRuns = 3;

    private readonly ConcurrentDictionary<long, Lazy<Task<(ComputeRun Run, IReadOnlyList<IndicatorResult> Results)?>>> _runs = new();
    private LatestRun? _latest;

    /// <summary>How many times rows were read from the database (for tests: a cached call reads none).</summary>
    public int DatabaseReads => _databaseReads;

    private int _databaseReads;

    /// <inheritdoc />
    public async Task<ComputeRun> SaveRunAsync(ComputeRun run, IReadOnlyList<IndicatorResult> results, CancellationToken cancellationToken)
    {
        var saved = await inner.SaveRunAsync(run, results, cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _latest, null); // the next call asks the database which run is the latest
        return saved;
    }

    /// <inheritdoc />
    public async Task<(ComputeRun Run, IReadOnlyList<IndicatorResult> Results)?> GetRunAsync(long? runId, CancellationToken cancellationToken)
    {
        var id = runId ?? await LatestAsync(cancellationToken).ConfigureAwait(false);
        if (id is not { } wanted)
        {
            return null;
        }

        // Everyone asking for the same run waits for one read; a cancelled request does not cancel it.
        var entry = _runs.GetOrAdd(wanted, key => new Lazy<Task<(ComputeRun, IReadOnlyList<IndicatorResult>)?>>(() => ReadAsync(key)));
        (ComputeRun Run, IReadOnlyList<IndicatorResult> Results)? found;
        try
        {
            found = await entry.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _runs.TryRemove(new KeyValuePair<long, Lazy<Task<(ComputeRun, IReadOnlyList<IndicatorResult>)?>>>(wanted, entry));
            throw; // a failed read is not kept: the next call tries again
        }

        if (found is null)
        {
            _runs.TryRemove(new KeyValuePair<long, Lazy<Task<(ComputeRun, IReadOnlyList<IndicatorResult>)?>>>(wanted, entry));
        }

        Trim();
        return found;
    }

    private async Task<long?> LatestAsync(CancellationToken cancellationToken)
    {
        var now = time.GetTimestamp();
        if (Volatile.Read(ref _latest) is { } known && time.GetElapsedTime(known.CheckedAt, now) < LatestRunRecheck)
        {
            return known.Id;
        }

        var id = await latestRunId(cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _latest, new LatestRun(id, now));
        return id;
    }

    private async Task<(ComputeRun, IReadOnlyList<IndicatorResult>)?> ReadAsync(long runId)
    {
        Interlocked.Increment(ref _databaseReads);
        var stored = await inner.GetRunAsync(runId, CancellationToken.None).ConfigureAwait(false);
        return stored is { } s ? (s.Run, s.Results.ToList().AsReadOnly()) : null;
    }

    /// <summary>Keeps the rows of the <see cref="KeptRuns"/> newest runs asked for.</summary>
    private void Trim()
    {
        if (_runs.Count <= KeptRuns)
        {
            return;
        }

        foreach (var old in _runs.Keys.Order().Take(_runs.Count - KeptRuns))
        {
            _runs.TryRemove(old, out _);
        }
    }

    /// <summary>The latest run's id as last read, and when (a <see cref="TimeProvider"/> timestamp).</summary>
    private sealed record LatestRun(long? Id, long CheckedAt);
}
