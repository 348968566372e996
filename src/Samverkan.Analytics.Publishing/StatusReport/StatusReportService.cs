using System.Globalization;
using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Agreements;
using Samverkan.Analytics.Publishing.YearlyReport;

namespace Samverkan.Analytics.Publishing.StatusReport;

/// <summary>
/// The steering groups' status reports (docs/local-agreements.md): the quarterly report to the
/// city-wide steering group (<c>report --quarter 2025-Q2</c>) and the half-yearly report to a local
/// steering group (<c>report --local-agreement ID --half 2025-H1</c>). Each compares the latest
/// compute run by the end of the period with the latest one before it started: new data, changed
/// verdicts, targets at risk, local agreements that delivered nothing, and the revision reminder.
/// Rendered with the yearly report's PDF and HTML writers.
/// </summary>
public sealed class StatusReportService
{
    private readonly Catalog _catalog;
    private readonly IResultStore _results;
    private readonly IComputeRunHistory _history;
    private readonly IObservationStore? _imports;
    private readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    /// <param name="catalog">The catalogue.</param>
    /// <param name="results">The compute runs and their rows.</param>
    /// <param name="history">Which run was the latest at a moment.</param>
    /// <param name="imports">The import list (files read during the period); null leaves it out.</param>
    /// <param name="time">The clock (the revision reminder and the generation date).</param>
    public StatusReportService(Catalog catalog, IResultStore results, IComputeRunHistory history, IObservationStore? imports, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(time);
        _catalog = catalog;
        _results = results;
        _history = history;
        _imports = imports;
        _time = time;
    }

    /// <summary>Renders the report to <paramref name="output"/> (left open).</summary>
    /// <exception cref="ArgumentException">The local agreement is not in the catalogue.</exception>
    /// <exception cref="InvalidOperationException">There is no compute run by the end of the period (or no run with the id asked).</exception>
    public async Task<ReportRenderResult> RenderAsync(StatusReportRequest request, ReportFormat format, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        LocalAgreement? local = null;
        if (request.LocalAgreementId is { } localId)
        {
            local = LocalAgreementFollowUp.Find(_catalog, localId) ?? throw new ArgumentException(
                $"The catalogue has no local agreement '{localId}'; its local agreements are {string.Join(", ", _catalog.LocalAgreements.Select(l => l.Id))}.",
                nameof(request));
        }

        var period = request.Period;
        var currentId = request.RunId ?? (await _history.LatestRunAtOrBeforeAsync(StockholmTime.EndOf(period.End), cancellationToken).ConfigureAwait(false))?.Id
            ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Det finns ingen beräkningskörning från före slutet av {period} ({period.End:yyyy-MM-dd}): kör 'samverkan compute' först, eller ange en körning med --run."));
        var current = await _results.GetRunAsync(currentId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Beräkningskörning {currentId} finns inte."));
        var before = await _history.LatestRunAtOrBeforeAsync(StockholmTime.StartOf(period.Start).AddTicks(-1), cancellationToken).ConfigureAwait(false);
        var previous = before is { } b && b.Id < current.Run.Id ? await _results.GetRunAsync(b.Id, cancellationToken).ConfigureAwait(false) : null;
        var imports = _imports is null ? [] : await _imports.ListImportsAsync(cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        var scope = new StatusScope(_catalog, period, local, current, previous);
        var findings = StatusFindings.Compute(scope, imports, StockholmTime.Today(_time));
        var document = StatusReportBuilder.Build(findings, _time.GetUtcNow());
        var pages = ReportWriter.Write(document, format, output);
        return new ReportRenderResult(document.Title, current.Run.Id, null, pages);
    }
}
