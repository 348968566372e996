namespace Samverkan.Analytics.Publishing.YearlyReport.Model;

/// <summary>A labelled fact on the cover: <c>Data t.o.m.</c> – <c>december 2024</c>.</summary>
/// <param name="Label">The label.</param>
/// <param name="Value">The value.</param>
internal sealed record ReportFact(string Label, string Value);
