namespace Samverkan.Analytics.Core.Results;

/// <summary>The port to stored compute runs and their results (implemented by Storage).</summary>
public interface IResultStore
{
    /// <summary>Stores a run and its rows in one transaction; returns the run with its id.</summary>
    Task<ComputeRun> SaveRunAsync(ComputeRun run, IReadOnlyList<IndicatorResult> results, CancellationToken cancellationToken);

    /// <summary>A run and its rows: <paramref name="runId"/>, or the latest when null; null when there is none.</summary>
    Task<(ComputeRun Run, IReadOnlyList<IndicatorResult> Results)?> GetRunAsync(long? runId, CancellationToken cancellationToken);
}
