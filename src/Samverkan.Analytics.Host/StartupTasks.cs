using Hangfire;
using Microsoft.Extensions.Options;
using Samverkan.Analytics.Host.Configuration;
using Samverkan.Analytics.Host.Digests;
using Samverkan.Analytics.Host.Jobs;
using Samverkan.Analytics.Storage;

namespace Samverkan.Analytics.Host;

/// <summary>
/// On start: migrates the data schema (each script once, even when servers start together),
/// registers the recurring jobs, and enqueues one inbox run at once, which on first start (nothing
/// ever imported) also loads the sample data, so a new user sees charts within a minute.
/// </summary>
internal sealed class StartupTasks(
    StorageBundle storage,
    IOptions<SamverkanOptions> options,
    IOptions<JobsOptions> jobOptions,
    IRecurringJobManager recurring,
    IBackgroundJobClient jobs,
    DigestSetup digests,
    ILogger<StartupTasks> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await storage.Migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (applied.Count > 0)
        {
            log.LogInformation("Database schema ({Provider}): {Count} migrations applied", storage.Provider, applied.Count);
        }

        await RegisterSchedulesAsync(cancellationToken).ConfigureAwait(false);
        if (digests.NotConfigured is { } reason)
        {
            log.LogInformation("Digests are off: {Reason}", reason);
        }
        jobs.Enqueue<IngestInboxJob>(j => j.Run(true, CancellationToken.None));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Registers the schedules, waiting while a server that was killed still holds one of Hangfire's
    /// recurring-job locks (PostgreSQL frees it after Samverkan:Jobs:DistributedLockTimeout). The
    /// crash run found the Host failing to start with an unhandled exception in that window.
    /// </summary>
    private async Task RegisterSchedulesAsync(CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var patience = jobOptions.Value.DistributedLockTimeout + TimeSpan.FromMinutes(1);
        while (true)
        {
            try
            {
                JobSchedules.Register(recurring, options.Value, digests: digests.NotConfigured is null);
                return;
            }
            catch (Exception e) when ((e is Hangfire.Storage.DistributedLockTimeoutException or Hangfire.PostgreSql.PostgreSqlDistributedLockException) && clock.Elapsed < patience)
            {
                log.LogWarning("Registering the schedules waits for a lock that a stopped server still holds ({Reason}); trying again", e.Message);
                await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
