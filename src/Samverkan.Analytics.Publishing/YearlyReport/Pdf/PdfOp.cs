using PdfSharp.Drawing;

namespace Samverkan.Analytics.Publishing.YearlyReport.Pdf;

/// <summary>One drawing operation on a laid-out page (top-down coordinates in points).</summary>
internal abstract record PdfOp
{
    /// <summary>Text on a baseline.</summary>
    internal sealed record Text(double X, double Baseline, string Value, XFont Font, XColor Color) : PdfOp;

    /// <summary>A rectangle, filled and/or stroked.</summary>
    internal sealed record Box(double X, double Y, double Width, double Height, XColor? Fill, XColor? Stroke = null, double StrokeWidth = 0.5) : PdfOp;

    /// <summary>A straight line.</summary>
    internal sealed record Rule(double X1, double Y1, double X2, double Y2, XColor Color, double Width) : PdfOp;

    /// <summary>A PNG image.</summary>
    internal sealed record Picture(byte[] Png, double X, double Y, double Width, double Height) : PdfOp;

    /// <summary>A clickable area that jumps to a heading.</summary>
    internal sealed record LinkToAnchor(double X, double Y, double Width, double Height, string Anchor) : PdfOp;

    /// <summary>The page number of a heading, right-aligned at <see cref="RightX"/> (known only when all pages are laid out).</summary>
    internal sealed record PageNumberOf(string Anchor, double RightX, double Baseline, XFont Font, XColor Color) : PdfOp;
}
