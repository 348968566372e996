using Hangfire;
using Microsoft.Extensions.Options;
using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Host.Configuration;
using Samverkan.Analytics.Host.Reports;
using Samverkan.Analytics.Publishing.StatusReport;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>
/// The local steering groups' half-yearly status reports (docs/local-agreements.md): by default the
/// half-year just ended, one per local agreement in force then, as
/// <c>reports/halvarsrapport-YYYY-Hn-{agreement}.pdf</c> and <c>.html</c> (schedule
/// <c>Samverkan:HalfYearlyReportCron</c>).
/// </summary>
public sealed class HalfYearlyReportJob(
    StatusReportService reports,
    Catalog catalog,
    DataDirectory dataDirectory,
    IOptions<SamverkanOptions> options,
    TimeProvider time,
    ILogger<HalfYearlyReportJob> log)
{
    /// <summary>The Hangfire entry point (synchronous like the other jobs: see <see cref="ComputeJob.Run"/>).</summary>
    /// <param name="half">The half-year (<c>2025-H1</c>); null for the half-year just ended.</param>
    /// <param name="cancellationToken">Hangfire's shutdown token.</param>
    [AutomaticRetry(Attempts = 2)]
    [JobDisplayName("half-yearly-report")]
    public void Run(string? half, CancellationToken cancellationToken) =>
        JobRunner.Run(log, JobIds.HalfYearlyReport, () => RenderAsync(Period(half), cancellationToken));

    /// <summary>Renders both formats per local agreement in force during <paramref name="period"/>; returns the files written.</summary>
    internal async Task<IReadOnlyList<string>> RenderAsync(StatusPeriod period, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        foreach (var local in catalog.LocalAgreements.Where(l => LocalAgreementFollowUp.InForce(l, period.Start, period.End)))
        {
            var request = new StatusReportRequest(period, local.Id);
            files.AddRange(await ReportFiles.WriteBothFormatsAsync(
                dataDirectory, $"halvarsrapport-{period}-{local.Id}", (format, stream) => reports.RenderAsync(request, format, stream, cancellationToken)).ConfigureAwait(false));
        }

        log.LogInformation("Half-yearly status reports {Half} written: {Count} files", period.ToString(), files.Count);
        return files;
    }

    private StatusPeriod Period(string? half) =>
        half is null ? StatusReportFiles.PeriodJustEnded(StatusPeriodKind.Half, options, time)
        : StatusPeriod.TryParse(half, out var p) && p.Kind == StatusPeriodKind.Half ? p
        : throw new ArgumentException($"'{half}' är inget halvår (ÅÅÅÅ-Hn, t.ex. 2024-H1).", nameof(half));
}
