namespace Samverkan.Analytics.Publishing.YearlyReport.Model;

/// <summary>A chart as a PNG, with its text alternative.</summary>
/// <param name="Png">The image bytes.</param>
/// <param name="PixelWidth">Width in pixels.</param>
/// <param name="PixelHeight">Height in pixels.</param>
/// <param name="AltText">The chart described in words (alt text).</param>
/// <param name="Caption">The caption under the chart.</param>
internal sealed record FigureBlock(byte[] Png, int PixelWidth, int PixelHeight, string AltText, string Caption) : ReportBlock;
