using Microsoft.Extensions.Diagnostics.HealthChecks;
using Samverkan.Analytics.Storage;

namespace Samverkan.Analytics.Host.Health;

/// <summary>The data database answers a query (SQLite file or PostgreSQL).</summary>
internal sealed class DatabaseHealthCheck(StorageBundle storage, ILogger<DatabaseHealthCheck> log) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await storage.Connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM schema_version";
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The reason goes to the log; /health is anonymous, so it says only what failed.
            log.LogError(e, "Health: the database ({Provider}) does not answer: {Reason}", storage.Provider, e.Message);
            return HealthCheckResult.Unhealthy("the database does not answer");
        }
    }
}
