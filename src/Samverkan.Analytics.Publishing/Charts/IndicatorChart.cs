using System.Globalization;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Fonts;
using Samverkan.Analytics.Publishing.Formatting;
using ScottPlot;
using SkiaSharp;

namespace Samverkan.Analytics.Publishing.Charts;

/// <summary>
/// One chart per indicator × area (PNG and SVG, 900 × 500): the values as points joined by a line
/// with interval bars, preliminary points hollow, a dashed baseline, the target marker, the city as a
/// grey line. Lines are labelled directly at their right-hand end instead of in a legend (ScottPlot's
/// legend clips capital Å/Ä/Ö), and all text is DejaVu Sans.
/// </summary>
internal static class IndicatorChart
{
    /// <summary>Image width in pixels.</summary>
    public const int Width = 900;

    /// <summary>Image height in pixels.</summary>
    public const int Height = 500;

    private const float LabelSize = 13;
    private const float TitleSize = 17;
    private static readonly PixelPadding OneLineTitle = new(left: 78, right: 14, bottom: 62, top: 44);
    private static readonly PixelPadding TwoLineTitle = new(left: 78, right: 14, bottom: 62, top: 66);

    /// <summary>Renders the chart to <paramref name="pngPath"/> and <paramref name="svgPath"/>, each written atomically.</summary>
    /// <returns>The model that was drawn.</returns>
    public static ChartModel Render(
        IndicatorDefinition indicator,
        Area area,
        IReadOnlyList<IndicatorResult> rows,
        IReadOnlyList<IndicatorResult>? cityRows,
        string pngPath,
        string svgPath)
    {
        var model = ChartModelBuilder.Build(indicator, area, rows, cityRows);
        using var plot = CreatePlot(model);
        WriteAtomically(pngPath, ChartImage.Png(plot, Width, Height));
        WriteAtomically(svgPath, ChartImage.Svg(plot, Width, Height));
        return model;
    }

    /// <summary>Builds the ScottPlot plot for a model (the caller disposes it).</summary>
    public static Plot CreatePlot(ChartModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var plot = new Plot();
        var (title, titleSize) = FitTitle(model.Title);
        var padding = title.Contains('\n', StringComparison.Ordinal) ? TwoLineTitle : OneLineTitle;
        var labels = new List<(string Text, double Y, Color Color)>();

        var (yMin, yMax) = YRange(model);
        var (xMin, xDataMax) = XRange(model);

        if (model.BaselineValue is { } baseline && model.BaselineLabel is not null)
        {
            var line = plot.Add.HorizontalLine(baseline, width: 1.5f, color: ChartPalette.Baseline, pattern: LinePattern.Dashed);
            line.Minimum = xMin;
            line.Maximum = xDataMax;
            labels.Add((model.BaselineLabel, baseline, ChartPalette.Baseline));
        }

        if (model.City is { } city)
        {
            DrawSeries(plot, city, ChartPalette.City, lineWidth: 2, markerSize: 6, intervals: false);
            if (city.Last is { } last)
            {
                labels.Add((ChartModelBuilder.CityLabel, last.Y, ChartPalette.City));
            }
        }

        if (model.TargetYear is { } targetYear && model.TargetValue is { } target && model.TargetLabel is not null)
        {
            if (model.BaselinePeriod is { } fromPeriod && model.BaselineValue is { } fromValue && ChartModelBuilder.X(fromPeriod) < targetYear)
            {
                // The target path: the straight glide path from the baseline to the target.
                var path = plot.Add.Line(ChartModelBuilder.X(fromPeriod), fromValue, targetYear, target);
                path.LineColor = ChartPalette.Target;
                path.LineWidth = 1.5f;
                path.LinePattern = LinePattern.Dotted;
            }

            var dash = plot.Add.Line(targetYear - 0.35, target, targetYear + 0.35, target);
            dash.LineColor = ChartPalette.Target;
            dash.LineWidth = 2;
            dash.LinePattern = LinePattern.Dashed;
            plot.Add.Marker(targetYear, target, MarkerShape.FilledDiamond, size: 12, color: ChartPalette.Target);
            labels.Add((model.TargetLabel, target, ChartPalette.Target));
        }

        DrawSeries(plot, model.Area, ChartPalette.Area, lineWidth: 2.5f, markerSize: 9, intervals: true);
        if (model.Area.Last is { } lastPoint)
        {
            labels.Add((model.AreaName, lastPoint.Y, ChartPalette.Area));
        }
        else
        {
            var empty = plot.Add.Text("Inga värden att visa", (xMin + xDataMax) / 2, (yMin + yMax) / 2);
            StyleText(empty, ChartPalette.Text, Alignment.MiddleCenter);
        }

        var gutter = labels.Count == 0 ? 0 : labels.Max(l => MeasureText(l.Text, LabelSize)) + 14;
        var dataWidth = Width - padding.Left - padding.Right;
        var xMax = xDataMax + ((xDataMax - xMin) * gutter / (dataWidth - gutter));
        plot.Axes.SetLimits(xMin, xMax, yMin, yMax);
        plot.Layout.Fixed(padding);
        PlaceLabels(plot, padding, labels, xDataMax, yMin, yMax);

        plot.Axes.Bottom.TickGenerator = YearTicks(xMin, xDataMax);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v.ToString("#,##0.##", SwedishFormat.Culture),
            TickDensity = 0.6,
        };

        plot.Font.Set(FontCheck.FontFamily);
        plot.Title(title, titleSize);
        plot.Axes.Title.Label.ForeColor = ChartPalette.Text;
        plot.YLabel(model.YLabel, 14);
        plot.XLabel(model.Note, 12);
        plot.Axes.Bottom.Label.Bold = false;
        plot.Axes.Left.Label.Bold = false;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        return plot;
    }

    private static void DrawSeries(Plot plot, ChartSeries series, Color color, float lineWidth, float markerSize, bool intervals)
    {
        foreach (var segment in series.Segments)
        {
            if (segment.Count > 1)
            {
                var line = plot.Add.ScatterLine(segment.Select(p => p.X).ToArray(), segment.Select(p => p.Y).ToArray(), color);
                line.LineWidth = lineWidth;
            }
        }

        var withInterval = series.Points.Where(p => p.CiLow is not null).ToList();
        if (intervals && withInterval.Count > 0)
        {
            var bars = plot.Add.ErrorBar(
                withInterval.Select(p => p.X).ToArray(),
                withInterval.Select(p => p.Y).ToArray(),
                withInterval.Select(_ => 0.0).ToArray());
            bars.YErrorPositive = withInterval.Select(p => p.CiHigh!.Value - p.Y).ToArray();
            bars.YErrorNegative = withInterval.Select(p => p.Y - p.CiLow!.Value).ToArray();
            bars.Color = color;
            bars.LineWidth = 1.5f;
            bars.CapSize = 8;
        }

        foreach (var point in series.Points)
        {
            var marker = plot.Add.Marker(point.X, point.Y, point.Estimate ? MarkerShape.FilledSquare : MarkerShape.FilledCircle, markerSize, color);
            if (point.Preliminary)
            {
                // Hollow: a white fill hides the line inside the ring.
                marker.MarkerStyle.FillColor = Colors.White;
                marker.MarkerStyle.OutlineColor = color;
                marker.MarkerStyle.OutlineWidth = 2;
            }
        }
    }

    /// <summary>
    /// Puts each line's label just right of the data, at the line's last value, then nudges labels
    /// apart vertically so none overlap.
    /// </summary>
    private static void PlaceLabels(
        Plot plot, PixelPadding padding, List<(string Text, double Y, Color Color)> labels, double x, double yMin, double yMax)
    {
        const float Gap = LabelSize + 5;
        var top = padding.Top + 10;
        var bottom = Height - padding.Bottom - 10;
        var dataHeight = Height - padding.Top - padding.Bottom;
        var pxPerUnit = dataHeight / (yMax - yMin);
        float Pixel(double y) => (float)(Height - padding.Bottom - ((y - yMin) * pxPerUnit));

        var placed = labels.Select(l => (Label: l, Want: Pixel(l.Y), At: Pixel(l.Y))).OrderBy(p => p.Want).ToArray();
        for (var i = 0; i < placed.Length; i++)
        {
            var at = Math.Clamp(placed[i].At, top, bottom);
            if (i > 0 && at < placed[i - 1].At + Gap)
            {
                at = placed[i - 1].At + Gap;
            }

            placed[i].At = at;
        }

        var overflow = placed.Length == 0 ? 0 : placed[^1].At - bottom;
        for (var i = placed.Length - 1; i >= 0 && overflow > 0; i--)
        {
            placed[i].At -= overflow;
            if (i > 0 && placed[i - 1].At + Gap > placed[i].At)
            {
                overflow = placed[i - 1].At + Gap - placed[i].At;
            }
            else
            {
                break;
            }
        }

        foreach (var (label, want, at) in placed)
        {
            var text = plot.Add.Text(label.Text, x, label.Y);
            StyleText(text, label.Color, Alignment.MiddleLeft);
            text.OffsetX = 6;
            text.OffsetY = at - want;
        }
    }

    private static void StyleText(ScottPlot.Plottables.Text text, Color color, Alignment alignment)
    {
        text.LabelFontName = FontCheck.FontFamily;
        text.LabelFontSize = LabelSize;
        text.LabelFontColor = color == ChartPalette.City ? Color.FromHex("#595959") : color;
        text.LabelAlignment = alignment;
        text.LabelBold = false;
    }

    private static (double Min, double Max) YRange(ChartModel model)
    {
        var values = new List<double>();
        foreach (var p in model.Area.Points)
        {
            values.Add(p.Y);
            values.Add(p.CiLow ?? p.Y);
            values.Add(p.CiHigh ?? p.Y);
        }

        values.AddRange(model.City?.Points.Select(p => p.Y) ?? []);
        if (model.BaselineValue is { } b)
        {
            values.Add(b);
        }

        if (model.TargetValue is { } t)
        {
            values.Add(t);
        }

        if (values.Count == 0)
        {
            return (0, model.IsPercent ? 100 : 1);
        }

        var lo = values.Min();
        var hi = values.Max();
        var span = Math.Max(hi - lo, Math.Abs(hi) * 0.1);
        if (span == 0)
        {
            span = 1;
        }

        var min = lo >= 0 ? 0 : lo - (span * 0.1);
        var max = hi + (span * 0.12);
        if (model.IsPercent)
        {
            max = Math.Min(max, 100);
        }

        return (min, max);
    }

    private static (double Min, double DataMax) XRange(ChartModel model)
    {
        var xs = model.Area.Points.Select(p => p.X)
            .Concat(model.City?.Points.Select(p => p.X) ?? [])
            .ToList();
        if (model.BaselinePeriod is { } bp)
        {
            xs.Add(ChartModelBuilder.X(bp));
        }

        if (model.TargetYear is { } ty)
        {
            xs.Add(ty);
        }

        if (xs.Count == 0)
        {
            return (0, 1);
        }

        return (Math.Floor(xs.Min()) - 0.5, Math.Max(xs.Max(), Math.Floor(xs.Min()) + 1) + 0.5);
    }

    private static ScottPlot.TickGenerators.NumericManual YearTicks(double xMin, double xDataMax)
    {
        var first = (int)Math.Ceiling(xMin);
        var last = (int)Math.Floor(xDataMax);
        var step = Math.Max(1, (int)Math.Ceiling((last - first + 1) / 12.0));
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var year = first; year <= last; year += step)
        {
            ticks.AddMajor(year, year.ToString("0", CultureInfo.InvariantCulture));
        }

        return ticks;
    }

    /// <summary>The title on one line if it fits, else broken at a space into two, shrunk only if still too wide.</summary>
    internal static (string Text, float Size) FitTitle(string title)
    {
        const float MaxWidth = Width - 40;
        if (MeasureText(title, TitleSize, bold: true) <= MaxWidth)
        {
            return (title, TitleSize);
        }

        // Break at the space that makes the wider of the two lines narrowest.
        var lines = new[] { title, string.Empty };
        var best = float.MaxValue;
        for (var i = title.IndexOf(' ', StringComparison.Ordinal); i > 0; i = title.IndexOf(' ', i + 1))
        {
            var widest = Math.Max(MeasureText(title[..i], TitleSize, bold: true), MeasureText(title[(i + 1)..], TitleSize, bold: true));
            if (widest < best)
            {
                best = widest;
                lines = [title[..i], title[(i + 1)..]];
            }
        }

        var size = TitleSize;
        while (size > 10 && lines.Any(l => MeasureText(l, size, bold: true) > MaxWidth))
        {
            size -= 1;
        }

        return (lines[1].Length == 0 ? lines[0] : lines[0] + "\n" + lines[1], size);
    }

    /// <summary>The width of <paramref name="text"/> in pixels, in DejaVu Sans (the typefaces are loaded once and shared: they are immutable).</summary>
    internal static float MeasureText(string text, float size, bool bold = false)
    {
        using var font = new SKFont(bold ? BoldFace.Value : RegularFace.Value, size);
        return font.MeasureText(text);
    }

    private static readonly Lazy<SKTypeface> RegularFace = new(() => SKTypeface.FromFamilyName(
        FontCheck.FontFamily, SKFontStyleWeight.Normal, SKFontStyleWidth.Normal, SKFontStyleSlant.Upright));

    private static readonly Lazy<SKTypeface> BoldFace = new(() => SKTypeface.FromFamilyName(
        FontCheck.FontFamily, SKFontStyleWeight.Bold, SKFontStyleWidth.Normal, SKFontStyleSlant.Upright));

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
