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

        JobSchedules.Register(recurring, options.Value, digests: digests.NotConfigured is null);
        if (digests.NotConfigured is { } reason)
        {
            log.LogInformation("Digests are off: {Reason}", reason);
        }
        jobs.Enqueue<IngestInboxJob>(j => j.Run(true, CancellationToken.None));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
