using PdfSharp.Drawing;

namespace Samverkan.Analytics.Publishing.YearlyReport.Pdf;

/// <summary>One drawing operation on a laid-out page (top-down coordinates in points).</summary>
internal abstract record PdfOp
{
    /// <summary>Text on a baseline; <paramref name="Artifact"/> text (leader dots, repeated headers) is left out of the structure tree.</summary>
    internal sealed record Text(double X, double Baseline, string Value, XFont Font, XColor Color, bool Artifact = false) : PdfOp;

    /// <summary>A rectangle, filled and/or stroked.</summary>
    internal sealed record Box(double X, double Y, double Width, double Height, XColor? Fill, XColor? Stroke = null, double StrokeWidth = 0.5) : PdfOp;

    /// <summary>A straight line.</summary>
    internal sealed record Rule(double X1, double Y1, double X2, double Y2, XColor Color, double Width) : PdfOp;

    /// <summary>A PNG image.</summary>
    internal sealed record Picture(byte[] Png, double X, double Y, double Width, double Height) : PdfOp;

    /// <summary>Starts a link element (tagged PDF <c>Link</c>) whose clickable area jumps to a heading; ended by <see cref="End"/>.</summary>
    internal sealed record LinkToAnchor(double X, double Y, double Width, double Height, string Anchor, string AltText) : PdfOp;

    /// <summary>
    /// Starts a structure element of the tagged PDF (PDF 1.7 §14.8.4 standard types: <c>H2</c>, <c>P</c>,
    /// <c>Table</c>, <c>TR</c>, <c>TH</c>, <c>TD</c>, <c>L</c>, <c>LI</c>, <c>Lbl</c>, <c>LBody</c>, <c>TOC</c>,
    /// <c>TOCI</c>, <c>Caption</c>, <c>Div</c>); ended by <see cref="End"/>. An element may run over pages.
    /// </summary>
    /// <param name="Tag">The structure type.</param>
    /// <param name="Scope">For <c>TH</c>: <c>Column</c> or <c>Row</c>.</param>
    internal sealed record Begin(string Tag, string? Scope = null) : PdfOp;

    /// <summary>Starts a <c>Figure</c> element with its alternative text and bounding box; ended by <see cref="End"/>.</summary>
    internal sealed record BeginFigure(string AltText, double X, double Y, double Width, double Height) : PdfOp;

    /// <summary>Starts content that is not part of the structure (a repeated table header); ended by <see cref="End"/>.</summary>
    internal sealed record BeginArtifact : PdfOp;

    /// <summary>Ends the innermost element or artifact.</summary>
    internal sealed record End : PdfOp;

    /// <summary>The page number of a heading, right-aligned at <see cref="RightX"/> (known only when all pages are laid out).</summary>
    internal sealed record PageNumberOf(string Anchor, double RightX, double Baseline, XFont Font, XColor Color) : PdfOp;
}
