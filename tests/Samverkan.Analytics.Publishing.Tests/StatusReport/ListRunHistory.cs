using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Tests.StatusReport;

/// <summary>Compute runs over time, in memory.</summary>
internal sealed class ListRunHistory : IComputeRunHistory
{
    private readonly List<ComputeRun> _runs = [];

    public void Add(ComputeRun run) => _runs.Add(run);

    public Task<ComputeRun?> LatestRunAtOrBeforeAsync(DateTimeOffset instant, CancellationToken cancellationToken) =>
        Task.FromResult(_runs.Where(r => r.ComputedAt <= instant).MaxBy(r => r.Id));
}
