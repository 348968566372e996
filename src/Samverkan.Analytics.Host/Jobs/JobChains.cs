using Hangfire;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>Job continuations used by several jobs and the API.</summary>
internal static class JobChains
{
    /// <summary>
    /// Enqueues a compute run and, when it succeeds, a publish; returns both job ids. Without
    /// <paramref name="force"/> each step does nothing when its output is already current, so chains
    /// started by several imports at once cost one real compute and one publish.
    /// </summary>
    public static (string ComputeJobId, string PublishJobId) ComputeThenPublish(this IBackgroundJobClient jobs, bool force)
    {
        var computeId = jobs.Enqueue<ComputeJob>(j => j.Run(force, CancellationToken.None));
        var publishId = jobs.ContinueJobWith<PublishJob>(computeId, j => j.Run(force, CancellationToken.None));
        return (computeId, publishId);
    }
}
