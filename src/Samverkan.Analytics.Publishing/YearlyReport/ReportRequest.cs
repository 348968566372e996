using Samverkan.Analytics.Core.Reports;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>Which report to render.</summary>
/// <param name="Scope">Year (and quarter), and the city, one area or one local agreement.</param>
/// <param name="RunId">
/// A compute run to use instead of the edition's (or, without an edition, the latest); for
/// reproducing a report. A final edition always uses its own run, and a request for another run is refused.
/// </param>
/// <param name="EditionId">An earlier edition of the scope to regenerate instead of the latest one.</param>
public sealed record ReportRequest(ReportScope Scope, long? RunId = null, long? EditionId = null);
