namespace Samverkan.Analytics.Publishing.YearlyReport.Model;

/// <summary>A chart as a PNG, with its text alternative.</summary>
/// <param name="Png">The image bytes.</param>
/// <param name="PixelWidth">Width in pixels.</param>
/// <param name="PixelHeight">Height in pixels.</param>
/// <param name="AltText">The chart described in words (alt text).</param>
/// <param name="Caption">The caption under the chart.</param>
/// <param name="WidthShare">The share of the text width the figure takes (1 for charts and city maps, less for a locator map).</param>
internal sealed record FigureBlock(byte[] Png, int PixelWidth, int PixelHeight, string AltText, string Caption, double WidthShare = 1.0) : ReportBlock;
