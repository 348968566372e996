using Microsoft.Extensions.Options;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Host.Configuration;
using Samverkan.Analytics.Publishing.StatusReport;
using Samverkan.Analytics.Storage;
using Samverkan.Analytics.Storage.Results;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>
/// What the status-report jobs share: the service on the Host's storage and the period just ended in
/// the schedule's time zone. They write through <see cref="Reports.ReportFiles.WriteBothFormatsAsync"/>
/// (a reader never sees half a report; a second run writes the same files again).
/// </summary>
internal static class StatusReportFiles
{
    public static StatusReportService CreateService(IServiceProvider services)
    {
        var storage = services.GetRequiredService<StorageBundle>();
        return new StatusReportService(
            services.GetRequiredService<Catalog>(), storage.Results, new SqlComputeRunHistory(storage.Connections), storage.Observations, services.GetRequiredService<TimeProvider>());
    }

    /// <summary>The quarter or half-year before the one that holds today in the schedule's time zone.</summary>
    public static StatusPeriod PeriodJustEnded(StatusPeriodKind kind, IOptions<SamverkanOptions> options, TimeProvider time)
    {
        var zone = ScheduleCheck.FindTimeZone(options.Value.TimeZone, out _) ?? TimeZoneInfo.Utc;
        var today = TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone);
        var current = kind == StatusPeriodKind.Quarter
            ? StatusPeriod.OfQuarter(today.Year, ((today.Month - 1) / 3) + 1)
            : StatusPeriod.OfHalf(today.Year, today.Month <= 6 ? 1 : 2);
        return current.Previous;
    }
}
