using Hangfire;
using Microsoft.Extensions.Options;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Host.Configuration;
using Samverkan.Analytics.Host.Jobs;
using Samverkan.Analytics.Ingestion.Layout;
using Samverkan.Analytics.Storage;

namespace Samverkan.Analytics.Host;

/// <summary>
/// On start: migrates the schema, registers the recurring jobs, and on first start (nothing ever
/// imported, empty inbox) copies the sample data into the inbox; then runs the inbox once at once,
/// so a new user sees charts within a minute.
/// </summary>
internal sealed class StartupTasks(
    StorageBundle storage,
    DataDirectory dataDirectory,
    IOptions<SamverkanOptions> options,
    IRecurringJobManager recurring,
    IBackgroundJobClient jobs,
    ILogger<StartupTasks> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await storage.Migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (applied.Count > 0)
        {
            log.LogInformation("Database schema: {Count} migrations applied", applied.Count);
        }

        var o = options.Value;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(o.TimeZone);
        recurring.AddOrUpdate<IngestInboxJob>(JobIds.IngestInbox, j => j.RunAsync(CancellationToken.None), o.IngestInboxCron, new RecurringJobOptions { TimeZone = zone });
        recurring.AddOrUpdate<NightlyJob>(JobIds.NightlyCompute, j => j.RunAsync(), o.NightlyCron, new RecurringJobOptions { TimeZone = zone });

        var seeded = await SampleSeeder.SeedIfEmptyAsync(storage.Observations, dataDirectory, o.SampleDirectory(), cancellationToken).ConfigureAwait(false);
        if (seeded > 0)
        {
            log.LogInformation("First start: copied {Count} sample files from data-samples into the inbox", seeded);
        }

        jobs.Enqueue<IngestInboxJob>(j => j.RunAsync(CancellationToken.None));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
