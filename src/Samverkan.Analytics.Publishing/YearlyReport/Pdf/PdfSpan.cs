using PdfSharp.Drawing;

namespace Samverkan.Analytics.Publishing.YearlyReport.Pdf;

/// <summary>A piece of text in one font and colour.</summary>
/// <param name="Text">The text.</param>
/// <param name="Font">The font.</param>
/// <param name="Color">The colour.</param>
internal readonly record struct PdfSpan(string Text, XFont Font, XColor Color);
