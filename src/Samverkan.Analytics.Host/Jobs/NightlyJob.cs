using Hangfire;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>The nightly compute → publish, so results follow catalogue changes even without new data.</summary>
public sealed class NightlyJob(IBackgroundJobClient jobs, ILogger<NightlyJob> log)
{
    /// <summary>The Hangfire entry point: enqueues a forced compute and its publish.</summary>
    [JobDisplayName("nightly")]
    public void Run()
    {
        var (compute, publish) = jobs.ComputeThenPublish(force: true);
        log.LogInformation("Nightly: compute {ComputeJobId} and publish {PublishJobId} enqueued", compute, publish);
    }
}
