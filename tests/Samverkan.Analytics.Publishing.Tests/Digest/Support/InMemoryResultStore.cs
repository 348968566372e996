using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Tests.Digest.Support;

/// <summary>Compute runs in memory, ids 1, 2, 3…; the latest is the one saved last.</summary>
internal sealed class InMemoryResultStore : IResultStore
{
    private readonly List<(ComputeRun Run, IReadOnlyList<IndicatorResult> Rows)> _runs = [];
    private readonly Lock _lock = new();

    public Task<ComputeRun> SaveRunAsync(ComputeRun run, IReadOnlyList<IndicatorResult> results, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var stored = run with { Id = _runs.Count + 1, RowCount = results.Count };
            _runs.Add((stored, results.ToList()));
            return Task.FromResult(stored);
        }
    }

    public Task<(ComputeRun Run, IReadOnlyList<IndicatorResult> Results)?> GetRunAsync(long? runId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            (ComputeRun, IReadOnlyList<IndicatorResult>)? found = runId is null
                ? _runs.Count == 0 ? null : _runs[^1]
                : _runs.FirstOrDefault(r => r.Run.Id == runId) is { Run: not null } r ? r : null;
            return Task.FromResult(found);
        }
    }

    /// <summary>Saves a run computed at <paramref name="at"/>.</summary>
    public ComputeRun Save(DateTimeOffset at, IReadOnlyList<IndicatorResult> rows) =>
        SaveRunAsync(new ComputeRun { ComputedAt = at, CatalogVersion = "2026.1-test" }, rows, CancellationToken.None).Result;
}
