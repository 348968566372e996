using Hangfire;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>Job continuations used by several jobs.</summary>
internal static class JobChains
{
    /// <summary>Enqueues a compute run and, when it succeeds, a publish.</summary>
    public static void ComputeThenPublish(this IBackgroundJobClient jobs)
    {
        var computeId = jobs.Enqueue<ComputeJob>(j => j.RunAsync(CancellationToken.None));
        jobs.ContinueJobWith<PublishJob>(computeId, j => j.RunAsync(CancellationToken.None));
    }
}
