using Hangfire;
using Microsoft.Extensions.Options;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Host.Configuration;
using Samverkan.Analytics.Host.Reports;
using Samverkan.Analytics.Publishing.YearlyReport;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>
/// The steering group's yearly follow-up: renders the city-wide report for a year (by default the
/// previous calendar year in the schedule's time zone) as PDF and HTML into the data directory's
/// <c>reports/</c>, each written under a temporary name and then renamed, so a reader never sees half
/// a report. Safe to run twice: a second run writes the same files again.
/// </summary>
public sealed class YearlyReportJob(
    YearlyReportService reports,
    DataDirectory dataDirectory,
    IOptions<SamverkanOptions> options,
    TimeProvider time,
    ILogger<YearlyReportJob> log)
{
    /// <summary>The Hangfire entry point (synchronous like the other jobs: see <see cref="ComputeJob.Run"/>).</summary>
    /// <param name="year">The report year; null for the previous calendar year.</param>
    /// <param name="cancellationToken">Hangfire's shutdown token.</param>
    [AutomaticRetry(Attempts = 2)]
    [JobDisplayName("yearly-report")]
    public void Run(int? year, CancellationToken cancellationToken) =>
        JobRunner.Run(log, JobIds.YearlyReport, () => RenderAsync(year ?? PreviousYear(), cancellationToken));

    /// <summary>The report button's job (<c>/rapporter</c>): one year, city-wide or for one area, into <c>reports/</c>.</summary>
    /// <param name="year">The report year.</param>
    /// <param name="areaId">A district or local police area, or null for the whole city.</param>
    /// <param name="cancellationToken">Hangfire's shutdown token.</param>
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("yearly-report {0} {1}")]
    public void RunFor(int year, string? areaId, CancellationToken cancellationToken) =>
        JobRunner.Run(log, JobIds.YearlyReport, () => RenderAsync(new ReportScope(year, areaId: areaId), cancellationToken));

    /// <summary>Renders both formats for <paramref name="year"/>; returns the files written.</summary>
    internal Task<IReadOnlyList<string>> RenderAsync(int year, CancellationToken cancellationToken) =>
        RenderAsync(new ReportScope(year), cancellationToken);

    private async Task<IReadOnlyList<string>> RenderAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var written = await new ReportFiles(reports, dataDirectory)
            .WriteAsync(new ReportRequest(scope), cancellationToken).ConfigureAwait(false);
        log.LogInformation("Report {Scope} written to {Files}", scope.Key, string.Join(", ", written));
        return written;
    }

    private int PreviousYear()
    {
        var zone = ScheduleCheck.FindTimeZone(options.Value.TimeZone, out _) ?? TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).Year - 1;
    }
}
