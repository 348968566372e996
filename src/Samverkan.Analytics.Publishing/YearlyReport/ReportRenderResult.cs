using Samverkan.Analytics.Core.Reports;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>What was rendered.</summary>
/// <param name="Title">The report's title.</param>
/// <param name="RunId">The compute run whose results it shows.</param>
/// <param name="Edition">The edition shown, or null when none exists for the scope.</param>
/// <param name="PageCount">Pages of a PDF; null for HTML.</param>
public sealed record ReportRenderResult(string Title, long RunId, ReportEdition? Edition, int? PageCount)
{
    /// <summary>True when the edition is approved by both parties.</summary>
    public bool IsFinal => Edition?.IsFinal == true;
}
