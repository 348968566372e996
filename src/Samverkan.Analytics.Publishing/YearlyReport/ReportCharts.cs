using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Charts;
using Samverkan.Analytics.Publishing.YearlyReport.Model;
using ScottPlot;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>
/// The report's charts: the dashboard's indicator chart (<see cref="IndicatorChart"/>) drawn at
/// <see cref="Scale"/> times its pixel size, so that at 16–17 cm wide in print it has about 270 dpi.
/// </summary>
/// <param name="Scale">1 for screens, 2 for print.</param>
internal sealed record ReportCharts(int Scale)
{
    /// <summary>Charts for print: 1800 × 1000 pixels.</summary>
    public static ReportCharts Print { get; } = new(2);

    /// <summary>Charts for screens: 900 × 500 pixels.</summary>
    public static ReportCharts Screen { get; } = new(1);

    /// <summary>Renders the chart of an indicator in an area (with the city as a grey line when the area is not the city).</summary>
    public FigureBlock Render(
        IndicatorDefinition indicator,
        Area area,
        IReadOnlyList<IndicatorResult> rows,
        IReadOnlyList<IndicatorResult>? cityRows,
        string caption)
    {
        var model = ChartModelBuilder.Build(indicator, area, rows, cityRows);
        using var plot = IndicatorChart.CreatePlot(model);
        plot.ScaleFactor = Scale;
        var width = IndicatorChart.Width * Scale;
        var height = IndicatorChart.Height * Scale;
        var png = plot.GetImageBytes(width, height, ImageFormat.Png);
        return new FigureBlock(png, width, height, model.Description, caption);
    }
}
