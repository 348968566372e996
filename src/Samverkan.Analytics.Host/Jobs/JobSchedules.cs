using Hangfire;
using Samverkan.Analytics.Host.Configuration;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>
/// The recurring jobs and their schedules (settings <c>Samverkan:IngestInboxCron</c>, <c>Samverkan:NightlyCron</c>,
/// <c>Samverkan:YearlyReportCron</c>, <c>Samverkan:DigestsCron</c>, <c>Samverkan:TimeZone</c>).
/// </summary>
internal static class JobSchedules
{
    /// <summary>
    /// Registers (or updates) the recurring jobs; every server may do it at start. The digests job
    /// only when <paramref name="digests"/> (an SMTP host is set); otherwise it is removed, so a
    /// service without email shows no job that can only say "not configured".
    /// </summary>
    public static void Register(IRecurringJobManager recurring, SamverkanOptions options, bool digests)
    {
        ArgumentNullException.ThrowIfNull(recurring);
        ArgumentNullException.ThrowIfNull(options);
        var zone = ScheduleCheck.FindTimeZone(options.TimeZone, out var problem)
            ?? throw new InvalidOperationException($"{SettingNames.TimeZone}: {problem}");
        var schedule = new RecurringJobOptions { TimeZone = zone };
        recurring.AddOrUpdate<IngestInboxJob>(JobIds.IngestInbox, j => j.Run(false, CancellationToken.None), options.IngestInboxCron, schedule);
        recurring.AddOrUpdate<NightlyJob>(JobIds.Nightly, j => j.Run(), options.NightlyCron, schedule);
        recurring.AddOrUpdate<YearlyReportJob>(JobIds.YearlyReport, j => j.Run(null, CancellationToken.None), options.YearlyReportCron, schedule);
        if (digests)
        {
            recurring.AddOrUpdate<DigestJob>(JobIds.Digests, j => j.Run(CancellationToken.None), options.DigestsCron, schedule);
        }
        else
        {
            recurring.RemoveIfExists(JobIds.Digests);
        }

        recurring.AddOrUpdate<QuarterlyReportJob>(JobIds.QuarterlyReport, j => j.Run(null, CancellationToken.None), options.QuarterlyReportCron, schedule);
        recurring.AddOrUpdate<HalfYearlyReportJob>(JobIds.HalfYearlyReport, j => j.Run(null, CancellationToken.None), options.HalfYearlyReportCron, schedule);
        recurring.RemoveIfExists(JobIds.LegacyNightly);
    }
}
