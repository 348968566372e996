using System.Globalization;
using Hangfire;
using Microsoft.Extensions.Options;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Host.Configuration;
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

    /// <summary>Renders both formats for <paramref name="year"/>; returns the files written.</summary>
    internal async Task<IReadOnlyList<string>> RenderAsync(int year, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataDirectory.Reports);
        var written = new List<string>();
        foreach (var (format, extension) in new[] { (ReportFormat.Pdf, "pdf"), (ReportFormat.Html, "html") })
        {
            var target = Path.Combine(dataDirectory.Reports, string.Create(CultureInfo.InvariantCulture, $"rapport-{year}.{extension}"));
            var temp = Path.Combine(dataDirectory.Reports, "." + Path.GetFileName(target) + ".tmp");
            var stream = File.Create(temp);
            await using (stream.ConfigureAwait(false))
            {
                await reports.RenderAsync(year, null, format, stream, cancellationToken).ConfigureAwait(false);
            }

            File.Move(temp, target, overwrite: true);
            written.Add(target);
        }

        log.LogInformation("Yearly report {Year} written to {Files}", year, string.Join(", ", written));
        return written;
    }

    private int PreviousYear()
    {
        var zone = ScheduleCheck.FindTimeZone(options.Value.TimeZone, out _) ?? TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).Year - 1;
    }
}
