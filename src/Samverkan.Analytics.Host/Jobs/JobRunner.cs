namespace Samverkan.Analytics.Host.Jobs;

/// <summary>
/// Runs a job's asynchronous work on the Hangfire worker thread that holds its lock, and writes a
/// failure's reason to the log before Hangfire records it for the dashboard (and retries it).
/// </summary>
internal static class JobRunner
{
    public static void Run(ILogger log, string job, Func<Task> work)
    {
        try
        {
            work().GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            log.LogWarning(JobEvents.Stopped, "Job {Job} was stopped by the server's shutdown; it goes back to the queue and runs again.", job);
            throw;
        }
        catch (Exception e)
        {
            log.LogError(JobEvents.Failed, e, "Job {Job} failed: {Reason}", job, e.Message);
            throw;
        }
    }
}
