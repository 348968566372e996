using System.Globalization;
using Samverkan.Analytics.Publishing.Formatting;
using ScottPlot;

namespace Samverkan.Analytics.Publishing.Charts;

/// <summary>
/// One small chart of a set (one per area, all on the same axes so they compare at a glance): the
/// area's values with their intervals, the city as a grey line; preliminary points hollow, estimates square.
/// </summary>
internal static class SmallMultipleChart
{
    /// <summary>Image width in pixels.</summary>
    public const int Width = 420;

    /// <summary>Image height in pixels.</summary>
    public const int Height = 260;

    /// <summary>Builds the plot; the axes are shared by the whole set.</summary>
    public static Plot CreatePlot(ChartModel model, (double Min, double Max) x, (double Min, double Max) y)
    {
        ArgumentNullException.ThrowIfNull(model);
        var plot = new Plot();
        if (model.City is { } city)
        {
            Draw(plot, city, ChartPalette.City, 1.5f, 4, intervals: false);
        }

        Draw(plot, model.Area, ChartPalette.Area, 2, 7, intervals: true);
        if (!model.Area.Points.Any())
        {
            var empty = plot.Add.Text("Inga värden", (x.Min + x.Max) / 2, (y.Min + y.Max) / 2);
            empty.LabelFontName = Fonts.FontCheck.FontFamily;
            empty.LabelFontSize = 13;
            empty.LabelFontColor = ChartPalette.Text;
            empty.LabelAlignment = Alignment.MiddleCenter;
        }

        plot.Axes.SetLimits(x.Min, x.Max, y.Min, y.Max);
        plot.Layout.Fixed(new PixelPadding(left: 52, right: 10, bottom: 30, top: 34));
        ChartStyle.Apply(plot, model.AreaName, 14, 11);
        plot.Axes.Left.TickGenerator = ChartStyle.ValueTicks(0.5);
        plot.Axes.Bottom.TickGenerator = YearTicks(x.Min, x.Max);
        return plot;
    }

    /// <summary>The shared axes of a set: every drawn point, interval and city value, with a little room.</summary>
    public static ((double Min, double Max) X, (double Min, double Max) Y) SharedAxes(IEnumerable<ChartModel> models, bool isPercent)
    {
        var list = models.ToList();
        var xs = list.SelectMany(m => m.Area.Points.Concat(m.City?.Points ?? [])).Select(p => p.X).ToList();
        var ys = list.SelectMany(m => m.Area.Points.SelectMany(p => new[] { p.Y, p.CiLow ?? p.Y, p.CiHigh ?? p.Y })
            .Concat(m.City?.Points.Select(p => p.Y) ?? [])).Where(double.IsFinite).ToList();
        var x = xs.Count == 0 ? (0.0, 1.0) : (Math.Floor(xs.Min()) - 0.4, Math.Ceiling(xs.Max()) + 0.4);
        if (ys.Count == 0)
        {
            return (x, (0, isPercent ? 100 : 1));
        }

        var lo = ys.Min();
        var hi = ys.Max();
        var span = Math.Max(hi - lo, Math.Max(Math.Abs(hi) * 0.1, 1e-9));
        var min = lo >= 0 ? 0 : lo - (span * 0.08);
        var max = hi + (span * 0.08);
        return (x, (min, isPercent ? Math.Min(max, 100) : max));
    }

    private static void Draw(Plot plot, ChartSeries series, Color color, float width, float size, bool intervals)
    {
        foreach (var segment in series.Segments.Where(s => s.Count > 1))
        {
            var line = plot.Add.ScatterLine(segment.Select(p => p.X).ToArray(), segment.Select(p => p.Y).ToArray(), color);
            line.LineWidth = width;
        }

        foreach (var p in series.Points)
        {
            if (intervals && p.CiLow is { } lo && p.CiHigh is { } hi)
            {
                var bar = plot.Add.Line(p.X, lo, p.X, hi);
                bar.LineColor = color;
                bar.LineWidth = 1.2f;
            }

            var marker = plot.Add.Marker(p.X, p.Y, p.Estimate ? MarkerShape.FilledSquare : MarkerShape.FilledCircle, size, color);
            if (p.Preliminary)
            {
                marker.MarkerStyle.FillColor = Colors.White;
                marker.MarkerStyle.OutlineColor = color;
                marker.MarkerStyle.OutlineWidth = 1.5f;
            }
        }
    }

    private static ScottPlot.TickGenerators.NumericManual YearTicks(double min, double max)
    {
        var first = (int)Math.Ceiling(min);
        var last = (int)Math.Floor(max);
        var step = Math.Max(1, (int)Math.Ceiling((last - first + 1) / 5.0));
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var year = first; year <= last; year += step)
        {
            ticks.AddMajor(year, year.ToString("0", CultureInfo.InvariantCulture));
        }

        return ticks;
    }
}
