using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.Extensions.Options;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Host.Configuration;
using Samverkan.Analytics.Storage;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>The Host's Hangfire composition: job storage on the configured provider, the server, the jobs.</summary>
internal static class HangfireExtensions
{
    /// <summary>Registers Hangfire and the jobs.</summary>
    public static void AddSamverkanJobs(this WebApplicationBuilder builder, DataDirectory dataDirectory)
    {
        var services = builder.Services;
        services.AddTransient<IngestInboxJob>();
        services.AddTransient<ComputeJob>();
        services.AddTransient<PublishJob>();
        services.AddTransient<NightlyJob>();
        services.AddTransient<YearlyReportJob>();
        services.AddTransient<QuarterlyReportJob>();
        services.AddTransient<HalfYearlyReportJob>();
        services.AddSingleton(StatusReportFiles.CreateService);

        // The storage and the activator are this container's own, registered before AddHangfire (which
        // then keeps them): Hangfire's defaults go through the static JobStorage.Current and
        // JobActivator.Current, which two hosts in one process (tests) would share.
        services.AddSingleton<JobStorage>(sp =>
        {
            sp.GetRequiredService<IGlobalConfiguration>();
            // Our storage first: its connection factory sets native SQLite's process settings, which SQLite
            // accepts only before its first connection, and Hangfire's SQLite storage opens one at once
            // (Storage's SqliteProcessSettings).
            sp.GetRequiredService<StorageBundle>();
            return HangfireStorageFactory.Create(
                sp.GetRequiredService<IOptions<DatabaseOptions>>().Value,
                sp.GetRequiredService<IOptions<JobsOptions>>().Value,
                dataDirectory,
                sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HangfireStorageFactory)));
        });
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, c) => c
            .UseLogProvider(AttachedLogBridge(sp))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer((sp, o) =>
        {
            var jobs = sp.GetRequiredService<IOptions<JobsOptions>>().Value;
            o.WorkerCount = jobs.WorkerCount;
            o.SchedulePollingInterval = jobs.SchedulePollingInterval;
            if (!string.IsNullOrWhiteSpace(jobs.ServerName))
            {
                o.ServerName = jobs.ServerName;
            }

            // Graceful shutdown: stop fetching at once, give running jobs ShutdownTimeout to finish,
            // then cancel them; a cancelled job goes back to the queue for this or another server.
            o.StopTimeout = jobs.ShutdownTimeout;
            o.ShutdownTimeout = jobs.ShutdownTimeout + TimeSpan.FromSeconds(10);
        });
        // The host waits for the server's shutdown. Read here, not through IOptions<JobsOptions>: the
        // host resolves its options while being built, before the settings are validated as a whole.
        var grace = ShutdownTimeout(builder.Configuration);
        services.Configure<HostOptions>(host => host.ShutdownTimeout = grace + TimeSpan.FromSeconds(15));
    }

    /// <summary>Hangfire's logging into this host's, detached when the host stops (see <see cref="HangfireLogBridge"/>).</summary>
    private static HangfireLogBridge AttachedLogBridge(IServiceProvider services)
    {
        var factory = services.GetRequiredService<ILoggerFactory>();
        HangfireLogBridge.Attach(factory);
        services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopped.Register(() => HangfireLogBridge.Detach(factory));
        return HangfireLogBridge.Instance;
    }

    private static TimeSpan ShutdownTimeout(IConfiguration configuration)
    {
        try
        {
            var jobs = configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();
            return jobs.ShutdownTimeout > TimeSpan.Zero ? jobs.ShutdownTimeout : new JobsOptions().ShutdownTimeout;
        }
        catch (InvalidOperationException)
        {
            return new JobsOptions().ShutdownTimeout; // the validation at start reports the bad value
        }
    }
}
