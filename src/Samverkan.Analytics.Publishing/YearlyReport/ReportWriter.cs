using Samverkan.Analytics.Publishing.YearlyReport.Html;
using Samverkan.Analytics.Publishing.YearlyReport.Model;
using Samverkan.Analytics.Publishing.YearlyReport.Pdf;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>Writes a built report document in one format: what the yearly and the status reports share.</summary>
internal static class ReportWriter
{
    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/> (left open); returns the page count of a PDF, null for HTML.</summary>
    public static int? Write(ReportDocument document, ReportFormat format, Stream output)
    {
        if (format == ReportFormat.Pdf)
        {
            return PdfReportWriter.Write(document, output);
        }

        HtmlReportWriter.Write(document, output);
        return null;
    }
}
