namespace Samverkan.Analytics.Publishing.YearlyReport.Model;

/// <summary>One block of the report's content, rendered in order by the PDF and HTML writers.</summary>
internal abstract record ReportBlock;
