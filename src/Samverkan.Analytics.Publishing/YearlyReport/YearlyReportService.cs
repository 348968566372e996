using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Fonts;
using Samverkan.Analytics.Publishing.YearlyReport.Model;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>
/// Renders the yearly follow-up report (PDF or HTML) from the stored results and the catalogue, with
/// the analysts' comments and the edition's approvals: the entry point for the Cli's <c>report</c>
/// command, the Host's <c>yearly-report</c> job and the web's report button.
/// </summary>
/// <remarks>
/// Which numbers are shown: the edition's compute run when the scope has an edition (so a final,
/// approved edition regenerated after new data or revisions shows the same numbers), else the
/// latest run. Comments are those in force when the edition was first approved, else the current
/// ones. Results after the scope's cutoff (end of the year or quarter) are left out.
/// </remarks>
public sealed class YearlyReportService
{
    private readonly Catalog _catalog;
    private readonly IResultStore _results;
    private readonly IReportCommentStore? _comments;
    private readonly IReportEditionStore? _editions;
    private readonly TimeProvider _time;

    /// <summary>Creates the service; without comment or edition stores the report has no comments and is always a draft.</summary>
    public YearlyReportService(
        Catalog catalog, IResultStore results, IReportCommentStore? comments, IReportEditionStore? editions, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(time);
        _catalog = catalog;
        _results = results;
        _comments = comments;
        _editions = editions;
        _time = time;
    }

    /// <summary>Renders the report for <paramref name="year"/>, city-wide or for one area, to <paramref name="output"/>.</summary>
    /// <param name="year">The report year.</param>
    /// <param name="areaId">A catalogue area id (<c>sdo-farsta</c>), or null for the whole city.</param>
    /// <param name="format">PDF or HTML.</param>
    /// <param name="output">Where the bytes go (left open).</param>
    /// <param name="cancellationToken">Cancels the work before anything is written.</param>
    /// <exception cref="InvalidOperationException">There is no compute run yet, or fonts are missing.</exception>
    /// <exception cref="ArgumentException">The area is not in the catalogue.</exception>
    public Task<ReportRenderResult> RenderAsync(int year, string? areaId, ReportFormat format, Stream output, CancellationToken cancellationToken) =>
        RenderAsync(new ReportRequest(new ReportScope(year, areaId: areaId)), format, output, cancellationToken);

    /// <summary>Renders the report a request names (year or quarter; city, area or local agreement; optionally a run or edition).</summary>
    /// <exception cref="InvalidOperationException">No compute run or edition as asked, a run other than a final edition's, or fonts are missing.</exception>
    /// <exception cref="ArgumentException">The area or local agreement is not in the catalogue.</exception>
    public async Task<ReportRenderResult> RenderAsync(ReportRequest request, ReportFormat format, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        var scope = request.Scope;
        var edition = await FindEditionAsync(request, cancellationToken).ConfigureAwait(false);
        if (edition?.IsFinal == true && request.RunId is { } asked && asked != edition.RunId)
        {
            throw new InvalidOperationException(
                $"Rapporten {scope.Key} har en slutlig utgåva ({edition.Id}) som bygger på beräkningskörning {edition.RunId}; den kan inte visas med körning {asked}.");
        }

        var runId = request.RunId ?? edition?.RunId;
        var stored = await _results.GetRunAsync(runId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException(runId is { } id
                ? $"Beräkningskörning {id} finns inte."
                : "Det finns ingen beräkningskörning än: kör 'samverkan compute' (eller 'samverkan run') först.");
        if (edition is not null && stored.Run.Id != edition.RunId)
        {
            edition = null; // an explicit other run is not the edition's content
        }

        var history = _comments is null ? [] : await _comments.ListAsync(scope.Year, cancellationToken).ConfigureAwait(false);
        var comments = ReportComments.Current(history, edition?.FrozenAt);
        cancellationToken.ThrowIfCancellationRequested();

        var data = new ReportData(_catalog, stored.Run, stored.Results, scope);
        FontCheck.EnsureTextRenders(); // charts in both formats; without fonts ScottPlot drops all text silently

        var document = ReportBuilder.Build(
            data, comments, edition, format == ReportFormat.Pdf ? ReportCharts.Print : ReportCharts.Screen, _time.GetUtcNow());
        cancellationToken.ThrowIfCancellationRequested();
        var pages = ReportWriter.Write(document, format, output);
        return new ReportRenderResult(document.Title, stored.Run.Id, edition, pages);
    }

    /// <summary>Builds the report's content without rendering it (for tests and previews).</summary>
    internal static ReportDocument Build(
        Catalog catalog, ComputeRun run, IReadOnlyList<IndicatorResult> results, ReportScope scope,
        IReadOnlyList<ReportComment> comments, ReportEdition? edition, ReportFormat format, DateTimeOffset now) =>
        ReportBuilder.Build(
            new ReportData(catalog, run, results, scope), comments, edition, format == ReportFormat.Pdf ? ReportCharts.Print : ReportCharts.Screen, now);

    private async Task<ReportEdition?> FindEditionAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        if (_editions is null)
        {
            return request.EditionId is { } missing
                ? throw new InvalidOperationException($"Utgåva {missing} finns inte: rapportutgåvor sparas inte här.")
                : null;
        }

        if (request.EditionId is { } editionId)
        {
            var edition = await _editions.GetAsync(editionId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Rapportutgåva {editionId} finns inte.");
            return edition.Scope.Key == request.Scope.Key
                ? edition
                : throw new InvalidOperationException($"Utgåva {editionId} hör till rapporten {edition.Scope.Key}, inte till {request.Scope.Key}.");
        }

        return await _editions.LatestAsync(request.Scope, cancellationToken).ConfigureAwait(false);
    }
}
