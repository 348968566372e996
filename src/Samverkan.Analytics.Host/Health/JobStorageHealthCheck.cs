using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Samverkan.Analytics.Host.Health;

/// <summary>Hangfire's job storage answers a read (hangfire.db or the PostgreSQL schema).</summary>
internal sealed class JobStorageHealthCheck(JobStorage storage, ILogger<JobStorageHealthCheck> log) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = storage.GetConnection();
            connection.GetAllItemsFromSet("recurring-jobs");
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        catch (Exception e)
        {
            log.LogError(e, "Health: the job storage does not answer: {Reason}", e.Message);
            return Task.FromResult(HealthCheckResult.Unhealthy("the job storage does not answer"));
        }
    }
}
