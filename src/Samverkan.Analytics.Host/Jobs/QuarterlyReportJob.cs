using Hangfire;
using Microsoft.Extensions.Options;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Host.Configuration;
using Samverkan.Analytics.Host.Reports;
using Samverkan.Analytics.Publishing.StatusReport;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>
/// The city-wide steering group's quarterly status report (docs/local-agreements.md): by default the
/// quarter just ended, as <c>reports/lagesrapport-YYYY-Qn.pdf</c> and <c>.html</c>, before the
/// group's meeting (schedule <c>Samverkan:QuarterlyReportCron</c>).
/// </summary>
public sealed class QuarterlyReportJob(
    StatusReportService reports,
    DataDirectory dataDirectory,
    IOptions<SamverkanOptions> options,
    TimeProvider time,
    ILogger<QuarterlyReportJob> log)
{
    /// <summary>The Hangfire entry point (synchronous like the other jobs: see <see cref="ComputeJob.Run"/>).</summary>
    /// <param name="quarter">The quarter (<c>2025-Q2</c>); null for the quarter just ended.</param>
    /// <param name="cancellationToken">Hangfire's shutdown token.</param>
    [AutomaticRetry(Attempts = 2)]
    [JobDisplayName("quarterly-report")]
    public void Run(string? quarter, CancellationToken cancellationToken) =>
        JobRunner.Run(log, JobIds.QuarterlyReport, () => RenderAsync(Period(quarter), cancellationToken));

    /// <summary>Renders both formats for <paramref name="period"/>; returns the files written.</summary>
    internal async Task<IReadOnlyList<string>> RenderAsync(StatusPeriod period, CancellationToken cancellationToken)
    {
        var request = new StatusReportRequest(period);
        var files = await ReportFiles.WriteBothFormatsAsync(
            dataDirectory, "lagesrapport-" + period, (format, stream) => reports.RenderAsync(request, format, stream, cancellationToken)).ConfigureAwait(false);
        log.LogInformation("Quarterly status report {Quarter} written to {Files}", period.ToString(), string.Join(", ", files));
        return files;
    }

    private StatusPeriod Period(string? quarter) =>
        quarter is null ? StatusReportFiles.PeriodJustEnded(StatusPeriodKind.Quarter, options, time)
        : StatusPeriod.TryParse(quarter, out var p) && p.Kind == StatusPeriodKind.Quarter ? p
        : throw new ArgumentException($"'{quarter}' är inget kvartal (ÅÅÅÅ-Qn, t.ex. 2024-Q2).", nameof(quarter));
}
