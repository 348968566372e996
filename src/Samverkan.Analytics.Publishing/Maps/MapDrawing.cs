using NetTopologySuite.Geometries;
using Samverkan.Analytics.Publishing.Fonts;
using Samverkan.Analytics.Publishing.Formatting;
using ScottPlot;
using Color = ScottPlot.Color;

namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>
/// Draws a <see cref="MapModel"/> with ScottPlot. The plot's data area is the whole image (no axes)
/// and every element, title and legend included, is placed in pixels through a
/// <see cref="MapTransform"/>. The legend is drawn by hand (ScottPlot's legend clips capital Å/Ä/Ö),
/// and hatching is drawn as lines, because ScottPlot's hatch fills are lost in SVG.
/// </summary>
internal static class MapDrawing
{
    /// <summary>The size of the smallest text on a map (the caption) at text scale 1, in pixels; area names are 12.5.</summary>
    public const float SmallestText = 11.5f;

    /// <summary>Builds the plot (the caller disposes it) with the pixel ↔ map transform and the layout it used.</summary>
    /// <param name="model">What to draw.</param>
    /// <param name="map">The city's geography.</param>
    /// <param name="width">Image width in pixels.</param>
    /// <param name="height">Image height in pixels.</param>
    /// <param name="textScale">The size of text and lines (<see cref="MapRequest.TextScale"/>); null: from the image size.</param>
    /// <param name="bare">Leave out the title, legend and caption (<see cref="MapRequest.Bare"/>).</param>
    public static MapPlot CreatePlot(MapModel model, CityMap map, int width, int height, float? textScale = null, bool bare = false)
    {
        // Text shrinks less than the image, so a small locator map stays readable on screen.
        var fs = textScale ?? (float)Math.Clamp(Math.Min(width, height) / 900.0, 0.75, 2.0);
        var margin = 14 * fs;
        var plot = new Plot();
        plot.Layout.Frameless();
        plot.HideGrid();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Font.Set(FontCheck.FontFamily);

        // Title on top, caption at the bottom, the map and legend in between.
        var titleSize = 20 * fs;
        var titleLines = bare ? [] : MapText.Wrap(model.Title, titleSize, width - (2 * margin), bold: true);
        while (titleLines.Count > 2 && titleSize > 12 * fs)
        {
            titleSize -= 1;
            titleLines = MapText.Wrap(model.Title, titleSize, width - (2 * margin), bold: true);
        }

        var titleBottom = bare ? margin - (10 * fs) : margin + (titleLines.Count * MapText.LineHeight(titleSize, bold: true));
        var captionSize = SmallestText * fs;
        var captionLines = bare ? [] : MapText.Wrap(model.Caption, captionSize, width - (2 * margin));
        var captionTop = bare ? height - margin + (8 * fs) : height - margin - (captionLines.Count * MapText.LineHeight(captionSize));
        var frame = new PixelBox(margin, titleBottom + (10 * fs), width - margin, captionTop - (8 * fs));

        var legend = LegendLayout.Measure(model, fs);
        var city = map.City.Geometry;
        var transform = MapTransform.Fit(city.EnvelopeInternal, frame);
        var fits = true;
        var legendBox = new PixelBox(0, 0, 0, 0);
        if (!bare)
        {
            legendBox = PlaceLegend(legend, frame, transform, city, out fits);
        }

        if (!fits)
        {
            // No corner is free enough: give the legend a column (wide images) or a band (tall ones).
            var gap = 12 * fs;
            frame = width >= height
                ? frame with { Right = frame.Right - legend.Width - gap }
                : frame with { Bottom = frame.Bottom - legend.Height - gap };
            transform = MapTransform.Fit(city.EnvelopeInternal, frame);
            legendBox = width >= height
                ? new PixelBox(frame.Right + gap, frame.Bottom - legend.Height, frame.Right + gap + legend.Width, frame.Bottom)
                : new PixelBox(frame.Left, frame.Bottom + gap, frame.Left + legend.Width, frame.Bottom + gap + legend.Height);
        }

        plot.Axes.SetLimits(transform.X(0), transform.X(width), transform.Y(height), transform.Y(0));

        DrawAreas(plot, model, city, transform, fs);
        var obstacles = new List<PixelBox> { legendBox };
        foreach (var place in model.Places)
        {
            var (px, py) = transform.Pixel(place.Marker.Location);
            var marker = plot.Add.Marker(place.Marker.Location.X, place.Marker.Location.Y, MarkerShape.FilledTriangleUp, 11 * fs, Color.FromHex(MapPalette.Place));
            marker.MarkerStyle.OutlineColor = Colors.White;
            marker.MarkerStyle.OutlineWidth = 1.2f * fs;
            obstacles.Add(PixelBox.Around(px, py, 12 * fs, 12 * fs));
        }

        var labels = DrawLabels(plot, model, transform, frame, obstacles, fs);
        if (!bare)
        {
            LegendLayout.Draw(plot, legend, legendBox, transform, fs);
            AddText(plot, transform, string.Join('\n', titleLines), width / 2f, margin, titleSize, bold: true, MapPalette.Text, Alignment.UpperCenter);
            AddText(plot, transform, string.Join('\n', captionLines), margin, captionTop, captionSize, bold: false, MapPalette.MutedText, Alignment.UpperLeft);
        }

        return new MapPlot(plot, transform, labels, legendBox);
    }

    /// <summary>A text at a pixel position.</summary>
    internal static ScottPlot.Plottables.Text AddText(
        Plot plot, MapTransform transform, string text, float px, float py, float size, bool bold, string colour, Alignment alignment)
    {
        var label = plot.Add.Text(text, transform.X(px), transform.Y(py));
        label.LabelFontName = FontCheck.FontFamily;
        label.LabelFontSize = size;
        label.LabelBold = bold;
        label.LabelFontColor = Color.FromHex(colour);
        label.LabelAlignment = alignment;
        return label;
    }

    /// <summary>Adds a polygon's rings as ScottPlot polygons: filled, or outlined when <paramref name="fill"/> is null.</summary>
    internal static void AddPolygon(Plot plot, Polygon polygon, string? fill, string line, float lineWidth)
    {
        var outer = plot.Add.Polygon(ToCoordinates(polygon.ExteriorRing));
        outer.FillColor = fill is null ? Colors.Transparent : Color.FromHex(fill);
        outer.LineColor = Color.FromHex(line);
        outer.LineWidth = lineWidth;
        foreach (var hole in polygon.InteriorRings)
        {
            var inner = plot.Add.Polygon(ToCoordinates(hole));
            inner.FillColor = Colors.Transparent;
            inner.LineColor = Color.FromHex(line);
            inner.LineWidth = lineWidth;
        }
    }

    /// <summary>Diagonal stripes inside <paramref name="area"/>, <paramref name="spacingPx"/> pixels apart.</summary>
    internal static void AddHatch(Plot plot, Geometry area, MapTransform transform, float spacingPx, string colour, float width)
    {
        var envelope = area.EnvelopeInternal;
        var step = spacingPx * transform.MetresPerPixel * Math.Sqrt(2);
        var lines = new List<LineString>();
        var factory = area.Factory;
        var pad = envelope.Width + envelope.Height;
        for (var c = envelope.MinY - envelope.MaxX - step; c <= envelope.MaxY - envelope.MinX + step; c += step)
        {
            // y = x + c, across the envelope.
            lines.Add(factory.CreateLineString(
            [
                new Coordinate(envelope.MinX - pad, envelope.MinX - pad + c),
                new Coordinate(envelope.MaxX + pad, envelope.MaxX + pad + c),
            ]));
        }

        var clipped = factory.CreateMultiLineString(lines.ToArray()).Intersection(area);
        for (var i = 0; i < clipped.NumGeometries; i++)
        {
            if (clipped.GetGeometryN(i) is not LineString segment)
            {
                continue;
            }

            var points = segment.Coordinates;
            for (var j = 1; j < points.Length; j++)
            {
                var line = plot.Add.Line(points[j - 1].X, points[j - 1].Y, points[j].X, points[j].Y);
                line.LineColor = Color.FromHex(colour);
                line.LineWidth = width;
                line.MarkerSize = 0;
            }
        }
    }

    /// <summary>How hatching looks for a class: suppressed values densely, missing ones sparsely and lighter.</summary>
    internal static (float Spacing, string Colour) HatchStyle(string key, float fs) =>
        key == "missing" ? (10 * fs, "#9A9A9A") : (6 * fs, MapPalette.Hatch);

    private static ScottPlot.Coordinates[] ToCoordinates(LineString ring) =>
        ring.Coordinates.Select(c => new ScottPlot.Coordinates(c.X, c.Y)).ToArray();

    private static IEnumerable<Polygon> Parts(Geometry geometry) =>
        Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).OfType<Polygon>();

    private static void DrawAreas(Plot plot, MapModel model, Geometry city, MapTransform transform, float fs)
    {
        // The areas a limited map leaves out: grey, unnamed, no class.
        foreach (var part in model.Background.SelectMany(o => Parts(o.Geometry)))
        {
            AddPolygon(plot, part, MapPalette.Other, MapPalette.Other, 1.2f * fs);
        }

        foreach (var part in model.Background.SelectMany(o => Parts(o.Geometry)))
        {
            AddPolygon(plot, part, null, MapPalette.Border, Math.Max(0.7f, 0.9f * fs));
        }

        // Fills first (areas with enclaves first, so an enclave's own fill lies on top), sealed with a
        // hairline of their own colour so the slivers between simplified neighbours do not show.
        foreach (var area in model.Areas.OrderByDescending(a => Parts(a.Outline.Geometry).Sum(p => p.NumInteriorRings)))
        {
            foreach (var part in Parts(area.Outline.Geometry))
            {
                AddPolygon(plot, part, area.Fill, area.Fill, 1.2f * fs);
            }
        }

        foreach (var area in model.Areas.Where(a => a.Hatched))
        {
            var (spacing, colour) = HatchStyle(area.Key, fs);
            AddHatch(plot, area.Outline.Geometry, transform, spacing, colour, 1f * fs);
        }

        foreach (var area in model.Areas)
        {
            foreach (var part in Parts(area.Outline.Geometry))
            {
                AddPolygon(plot, part, null, MapPalette.Border, Math.Max(0.7f, 0.9f * fs));
            }
        }

        foreach (var part in Parts(city))
        {
            AddPolygon(plot, part, null, MapPalette.Border, 1.6f * fs);
        }
    }

    /// <summary>The frame corner where the legend covers least of the city; <paramref name="fits"/> is false when every corner covers much.</summary>
    private static PixelBox PlaceLegend(LegendLayout legend, PixelBox frame, MapTransform transform, Geometry city, out bool fits)
    {
        var corners = new[]
        {
            new PixelBox(frame.Right - legend.Width, frame.Top, frame.Right, frame.Top + legend.Height),
            new PixelBox(frame.Left, frame.Bottom - legend.Height, frame.Left + legend.Width, frame.Bottom),
            new PixelBox(frame.Right - legend.Width, frame.Bottom - legend.Height, frame.Right, frame.Bottom),
            new PixelBox(frame.Left, frame.Top, frame.Left + legend.Width, frame.Top + legend.Height),
        };
        var best = corners
            .Select(box => (Box: box, Covered: transform.ToPolygon(box, city.Factory).Intersection(city).Area))
            .MinBy(x => x.Covered);
        fits = best.Covered <= city.Area * 0.004;
        return best.Box;
    }

    private static List<(string AreaId, PixelBox Box)> DrawLabels(
        Plot plot, MapModel model, MapTransform transform, PixelBox frame, List<PixelBox> obstacles, float fs)
    {
        var size = 12.5f * fs;
        var pad = 2.5f * fs;
        var bold = model.Colouring == MapColouring.Highlight;
        var labelled = bold ? model.Areas.Where(a => a.Key == "highlight") : model.Areas;
        var placed = new List<PixelBox>(obstacles);
        var result = new List<(string AreaId, PixelBox Box)>();
        foreach (var area in labelled.OrderByDescending(a => a.Outline.LabelRadius))
        {
            // A name wider than its area breaks at a hyphen or space; value maps add the value below it.
            var room = (float)(2 * area.Outline.LabelRadius / transform.MetresPerPixel);
            var name = MapText.Width(area.Name, size, bold) > Math.Max(room * 1.25f, 40 * fs) ? MapText.BalancedTwoLines(area.Name, size, bold) : area.Name;
            var text = model.Colouring == MapColouring.Value && area.Value is not null ? name + "\n" + ShortValue(area) : name;
            var w = MapText.Width(text, size, bold) + (2 * pad);
            var h = (text.Split('\n').Length * MapText.LineHeight(size, bold)) + (2 * pad);
            var (cx, cy) = transform.Pixel(area.Outline.LabelPoint);
            var box = BestLabelBox(cx, cy, w, h, area, transform, frame, placed);
            placed.Add(box);
            result.Add((area.AreaId, box));

            var label = AddText(plot, transform, text, box.CentreX, box.CentreY, size, bold, MapPalette.Text, Alignment.MiddleCenter);
            label.LabelBackgroundColor = Colors.White.WithAlpha(0.8);
            label.LabelPadding = pad;
        }

        return result;
    }

    /// <summary>The value and its unit ("23,5 %"): the table beside the map has the interval.</summary>
    private static string ShortValue(MapArea area)
    {
        var space = area.ValueText.IndexOf(" (", StringComparison.Ordinal);
        return space > 0 ? area.ValueText[..space] : area.ValueText;
    }

    private static PixelBox BestLabelBox(float cx, float cy, float w, float h, MapArea area, MapTransform transform, PixelBox frame, List<PixelBox> placed)
    {
        (float Dx, float Dy)[] offsets =
        [
            (0, 0), (0, -h * 0.6f), (0, h * 0.6f), (-w * 0.35f, 0), (w * 0.35f, 0), (0, -h * 1.2f), (0, h * 1.2f),
            (-w * 0.35f, -h * 0.6f), (w * 0.35f, -h * 0.6f), (-w * 0.35f, h * 0.6f), (w * 0.35f, h * 0.6f), (0, -h * 1.8f), (0, h * 1.8f),
        ];
        var factory = area.Outline.Geometry.Factory;
        PixelBox? best = null;
        var bestScore = float.MaxValue;
        foreach (var (dx, dy) in offsets)
        {
            var box = PixelBox.Around(cx + dx, cy + dy, w, h);
            var overlap = placed.Sum(p => p.OverlapArea(box));
            var outside = box.Inside(frame) ? 0 : w * h;
            var centre = factory.CreatePoint(new Coordinate(transform.X(box.CentreX), transform.Y(box.CentreY)));
            var away = area.Outline.Geometry.Contains(centre) ? 0 : w * h / 4;
            var score = overlap + outside + away + ((Math.Abs(dx) + Math.Abs(dy)) * 0.01f);
            if (score < bestScore)
            {
                bestScore = score;
                best = box;
            }

            if (overlap == 0 && outside == 0 && away == 0)
            {
                break;
            }
        }

        return best!.Value;
    }

    /// <summary>The legend: its size, computed before the map is placed, and its drawing.</summary>
    private sealed record LegendLayout(string Title, IReadOnlyList<MapLegendEntry> Entries, float Width, float Height, float Fs)
    {
        private const float TitleSize = 13.5f;
        private const float EntrySize = 12.5f;

        public static LegendLayout Measure(MapModel model, float fs)
        {
            var pad = 9 * fs;
            var swatch = 24 * fs;
            var textWidth = Math.Max(
                MapText.Width(model.LegendTitle, TitleSize * fs, bold: true),
                model.Legend.Count == 0 ? 0 : model.Legend.Max(e => MapText.Width(e.Text, EntrySize * fs)) + swatch + (8 * fs));
            var height = (2 * pad) + MapText.LineHeight(TitleSize * fs, bold: true) + (4 * fs) + (model.Legend.Count * Row(fs));
            return new LegendLayout(model.LegendTitle, model.Legend, textWidth + (2 * pad), height, fs);
        }

        public static void Draw(Plot plot, LegendLayout legend, PixelBox box, MapTransform transform, float fs)
        {
            var factory = new GeometryFactory();
            AddPolygon(plot, transform.ToPolygon(box, factory), "#FFFFFF", "#BDBDBD", 1 * fs);
            var pad = 9 * fs;
            AddText(plot, transform, legend.Title, box.Left + pad, box.Top + pad, TitleSize * fs, bold: true, MapPalette.Text, Alignment.UpperLeft);
            var y = box.Top + pad + MapText.LineHeight(TitleSize * fs, bold: true) + (4 * fs);
            foreach (var entry in legend.Entries)
            {
                var swatch = new PixelBox(box.Left + pad, y + (3 * fs), box.Left + pad + (24 * fs), y + Row(fs) - (3 * fs));
                if (entry.Key == "place")
                {
                    var marker = plot.Add.Marker(transform.X(swatch.CentreX), transform.Y(swatch.CentreY), MarkerShape.FilledTriangleUp, 11 * fs, Color.FromHex(entry.Fill));
                    marker.MarkerStyle.OutlineColor = Colors.White;
                }
                else
                {
                    var polygon = transform.ToPolygon(swatch, factory);
                    AddPolygon(plot, polygon, entry.Fill, entry.Fill, 0.5f * fs);
                    if (entry.Hatched)
                    {
                        var (spacing, colour) = HatchStyle(entry.Key, fs);
                        AddHatch(plot, polygon, transform, spacing, colour, 1 * fs);
                    }

                    AddPolygon(plot, polygon, null, MapPalette.Border, 0.8f * fs);
                }

                AddText(plot, transform, entry.Text, swatch.Right + (8 * fs), swatch.CentreY, EntrySize * fs, bold: false, MapPalette.Text, Alignment.MiddleLeft);
                y += Row(fs);
            }
        }

        private static float Row(float fs) => 21 * fs;
    }
}
