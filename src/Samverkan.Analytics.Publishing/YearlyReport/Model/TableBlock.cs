namespace Samverkan.Analytics.Publishing.YearlyReport.Model;

/// <summary>A table with a caption; the first column holds row headers.</summary>
/// <param name="Caption">What the table shows (HTML <c>caption</c>, PDF title above the table).</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The rows, each with one cell per column.</param>
/// <param name="Footnote">A note printed under the table, if any.</param>
internal sealed record TableBlock(
    string Caption,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<IReadOnlyList<TableCell>> Rows,
    string? Footnote = null) : ReportBlock;
