using Hangfire;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>The nightly compute → publish, so results follow catalogue changes even without new data.</summary>
public sealed class NightlyJob(IBackgroundJobClient jobs)
{
    /// <summary>The Hangfire entry point.</summary>
    public Task RunAsync()
    {
        jobs.ComputeThenPublish();
        return Task.CompletedTask;
    }
}
