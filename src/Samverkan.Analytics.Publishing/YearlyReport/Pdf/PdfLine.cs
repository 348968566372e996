namespace Samverkan.Analytics.Publishing.YearlyReport.Pdf;

/// <summary>A wrapped line: pieces at offsets from the line's start, and its width.</summary>
/// <param name="Pieces">The pieces, left to right.</param>
/// <param name="Width">The width of the text (without trailing spaces).</param>
internal sealed record PdfLine(IReadOnlyList<(double X, PdfSpan Span)> Pieces, double Width)
{
    /// <summary>The tallest font size on the line.</summary>
    public double FontSize => Pieces.Count == 0 ? 0 : Pieces.Max(p => p.Span.Font.Size);
}
