using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Tests.YearlyReport;

/// <summary>Compute runs in memory; the latest is the one added last.</summary>
internal sealed class InMemoryResultStore : IResultStore
{
    private readonly List<(ComputeRun Run, IReadOnlyList<IndicatorResult> Results)> _runs = [];

    public Task<ComputeRun> SaveRunAsync(ComputeRun run, IReadOnlyList<IndicatorResult> results, CancellationToken cancellationToken)
    {
        var stored = run with { Id = _runs.Count + 1, RowCount = results.Count };
        _runs.Add((stored, results));
        return Task.FromResult(stored);
    }

    public Task<(ComputeRun Run, IReadOnlyList<IndicatorResult> Results)?> GetRunAsync(long? runId, CancellationToken cancellationToken)
    {
        (ComputeRun, IReadOnlyList<IndicatorResult>)? found = runId is null
            ? _runs.Count == 0 ? null : _runs[^1]
            : _runs.FirstOrDefault(r => r.Run.Id == runId) is { Run: not null } hit ? hit : null;
        return Task.FromResult(found);
    }
}
