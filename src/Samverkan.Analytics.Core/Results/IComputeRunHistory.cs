namespace Samverkan.Analytics.Core.Results;

/// <summary>
/// The list of compute runs over time (implemented by Storage beside <see cref="IResultStore"/>),
/// for reports that compare the state at two moments (the steering group's quarterly status report).
/// Kept apart from the store port so that fakes of <see cref="IResultStore"/> need not implement it.
/// </summary>
public interface IComputeRunHistory
{
    /// <summary>The latest run computed at or before <paramref name="instant"/> (highest id among them), or null.</summary>
    Task<ComputeRun?> LatestRunAtOrBeforeAsync(DateTimeOffset instant, CancellationToken cancellationToken);
}
