namespace Samverkan.Analytics.Publishing.YearlyReport.Model;

/// <summary>A table column.</summary>
/// <param name="Header">The column header.</param>
/// <param name="Width">Relative width (the widths of a table are scaled to the page).</param>
/// <param name="Numeric">Right-aligned numbers.</param>
internal sealed record TableColumn(string Header, double Width, bool Numeric = false);
