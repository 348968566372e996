namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>The formats of the yearly report.</summary>
public enum ReportFormat
{
    /// <summary>A4 PDF for print and meetings.</summary>
    Pdf,

    /// <summary>One accessible, self-contained HTML page.</summary>
    Html,
}
