using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Formatting;
using ScottPlot;

namespace Samverkan.Analytics.Publishing.Charts;

/// <summary>
/// Areas ranked by their change since the baseline, each a point with its interval, the best at the
/// top; a vertical line marks no change. Colour and shape both say the verdict (blue circle better,
/// vermillion triangle worse, hollow grey circle no certain change, purple diamond higher/lower).
/// </summary>
internal static class RankedChangeChart
{
    /// <summary>Image width in pixels.</summary>
    public const int Width = 900;

    private const int RowHeight = 26;
    private const int Top = 66;
    private const int Bottom = 62;

    /// <summary>The image height for <paramref name="rows"/> areas.</summary>
    public static int HeightFor(int rows) => Top + Bottom + (Math.Max(rows, 1) * RowHeight);

    /// <summary>The rows converted to the shown unit and ordered best first (by value for <c>polarity: none</c>).</summary>
    public static List<RankedChangeRow> Order(IEnumerable<RankedChangeRow> rows, IndicatorDefinition indicator) =>
        indicator.Polarity == Polarity.LowerIsBetter
            ? rows.OrderBy(r => r.Change).ThenBy(r => r.Label, StringComparer.Create(SwedishFormat.Culture, false)).ToList()
            : rows.OrderByDescending(r => r.Change).ThenBy(r => r.Label, StringComparer.Create(SwedishFormat.Culture, false)).ToList();

    /// <summary>The change in the chart's unit: per cent for ratios (rates, counts), else as stored.</summary>
    public static double Shown(double change, IndicatorDefinition indicator) =>
        indicator.Measure is Measure.Rate or Measure.Count ? (change - 1) * 100 : change;

    /// <summary>The x-axis unit: <c>procentenheter</c>, <c>%</c>, or the indicator's unit.</summary>
    public static string Unit(IndicatorDefinition indicator) => indicator.Measure switch
    {
        Measure.Proportion => "procentenheter",
        Measure.Rate or Measure.Count => "procent",
        _ => SwedishFormat.Unit(indicator),
    };

    /// <summary>Builds the plot for rows already in <see cref="Order"/>.</summary>
    public static Plot CreatePlot(string title, string xLabel, IReadOnlyList<RankedChangeRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var plot = new Plot();
        var n = rows.Count;
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var values = new List<double> { 0 };
        for (var i = 0; i < n; i++)
        {
            var row = rows[i];
            double y = n - 1 - i;
            ticks.AddMajor(y, row.Label);
            var color = ColorOf(row.Verdict);
            if (row.Low is { } lo && row.High is { } hi)
            {
                var bar = plot.Add.Line(lo, y, hi, y);
                bar.LineColor = color;
                bar.LineWidth = 2;
                foreach (var end in new[] { lo, hi })
                {
                    var cap = plot.Add.Line(end, y - 0.22, end, y + 0.22);
                    cap.LineColor = color;
                    cap.LineWidth = 1.5f;
                }

                values.Add(lo);
                values.Add(hi);
            }

            values.Add(row.Change);
            var marker = plot.Add.Marker(row.Change, y, ShapeOf(row.Verdict), row.IsCity ? 13 : 10, color);
            if (row.Verdict is Verdict.Similar or Verdict.NotAssessed)
            {
                marker.MarkerStyle.FillColor = Colors.White;
                marker.MarkerStyle.OutlineColor = color;
                marker.MarkerStyle.OutlineWidth = 2;
            }
        }

        var zero = plot.Add.VerticalLine(0, 1.5f, ChartPalette.Baseline, LinePattern.Solid);
        zero.LineColor = ChartPalette.Baseline;
        // The axis follows the estimates; an interval far wider than their spread (a small count's
        // ratio, +2 500 %) is cut at the edge rather than squeezing every other area into a corner.
        var points = rows.Select(r => r.Change).Append(0).ToList();
        var spread = Math.Max(points.Max() - points.Min(), 1);
        var min = Math.Max(values.Min(), points.Min() - spread);
        var max = Math.Min(values.Max(), points.Max() + spread);
        var pad = Math.Max((max - min) * 0.06, 0.5);
        plot.Axes.SetLimits(min - pad, max + pad, -0.7, n - 0.3);

        var left = (float)Math.Ceiling(rows.Select(r => TextWidth(r.Label)).DefaultIfEmpty(40).Max()) + 24;
        plot.Layout.Fixed(new PixelPadding(left: left, right: 20, bottom: Bottom, top: Top));
        var (fitted, size) = IndicatorChart.FitTitle(title);
        ChartStyle.Apply(plot, fitted, size, 13);
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = ChartStyle.ValueTicks();
        plot.XLabel(xLabel, 12);
        return plot;
    }

    /// <summary>The verdict's ink in the one palette (<see cref="Palette.VerdictPalette"/>): blue better, orange worse, purple higher/lower, dark grey otherwise.</summary>
    public static Color ColorOf(Verdict verdict) => ChartPalette.Verdict(verdict);

    private static MarkerShape ShapeOf(Verdict verdict) => verdict switch
    {
        Verdict.Worse => MarkerShape.FilledTriangleUp,
        Verdict.Higher or Verdict.Lower => MarkerShape.FilledDiamond,
        Verdict.Better => MarkerShape.FilledCircle,
        _ => MarkerShape.OpenCircle,
    };

    private static float TextWidth(string text) => IndicatorChart.MeasureText(text, 13);
}
