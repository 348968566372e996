using Samverkan.Analytics.Publishing.Fonts;
using Samverkan.Analytics.Publishing.Formatting;
using ScottPlot;

namespace Samverkan.Analytics.Publishing.Charts;

/// <summary>
/// The one look every chart shares: DejaVu Sans everywhere, dark text, light grid, Swedish number
/// labels (decimal comma, non-breaking thousands), no legend (ScottPlot's legend clips Å/Ä/Ö:
/// lines are labelled directly or explained in the caption).
/// </summary>
internal static class ChartStyle
{
    /// <summary>The grid colour.</summary>
    public static Color Grid { get; } = Color.FromHex("#E3E3E3");

    /// <summary>Applies the shared fonts, colours and Swedish tick labels.</summary>
    public static void Apply(Plot plot, string title, float titleSize, float tickSize)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Font.Set(FontCheck.FontFamily);
        plot.Title(title, titleSize);
        plot.Axes.Title.Label.ForeColor = ChartPalette.Text;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Bottom.TickLabelStyle.FontSize = tickSize;
        plot.Axes.Left.TickLabelStyle.FontSize = tickSize;
        plot.Axes.Bottom.TickLabelStyle.ForeColor = ChartPalette.Text;
        plot.Axes.Left.TickLabelStyle.ForeColor = ChartPalette.Text;
        plot.Axes.Bottom.Label.Bold = false;
        plot.Axes.Left.Label.Bold = false;
        plot.Axes.Bottom.Label.ForeColor = ChartPalette.Text;
        plot.Axes.Left.Label.ForeColor = ChartPalette.Text;
        plot.Grid.MajorLineColor = Grid;
        plot.Legend.IsVisible = false;
    }

    /// <summary>Swedish tick labels for values: <c>1 234</c>, <c>12,5</c>.</summary>
    public static ScottPlot.TickGenerators.NumericAutomatic ValueTicks(double density = 0.6) => new()
    {
        LabelFormatter = v => v.ToString("#,##0.##", SwedishFormat.Culture),
        TickDensity = density,
    };
}
