using System.Text;
using System.Text.RegularExpressions;
using Samverkan.Analytics.Publishing.Charts;
using Samverkan.Analytics.Publishing.Maps;
using Samverkan.Analytics.Publishing.Tests.Maps;
using Samverkan.Analytics.Publishing.Tests.Support;
using ScottPlot;
using SkiaSharp;

namespace Samverkan.Analytics.Publishing.Tests.Charts;

/// <summary>
/// The faster PNG encoding draws exactly the pixels ScottPlot's own encoder writes, and one recorded
/// render gives the same files as a render per format.
/// </summary>
public partial class ChartImageTests
{
    [Fact]
    public void Both_GivesTheBytesOfPngThenSvg_WhenTheChartIsAnIndicatorChart()
    {
        var model = ChartModelBuilder.Build(Some.Otrygg, Some.SpangaTenstaArea, Some.SpangaTenstaSeries(), Some.CitySeries());
        using var separate = IndicatorChart.CreatePlot(model);
        using var together = IndicatorChart.CreatePlot(model);

        AssertSameFiles(separate, together, IndicatorChart.Width, IndicatorChart.Height);
    }

    [Fact]
    public void Both_GivesTheBytesOfPngThenSvg_WhenThePlotIsAMap()
    {
        // A map's SVG ends inside a clip group, which the SVG canvas closes only when it is disposed.
        var model = MapRenderer.Build(MapFixture.Map, MapFixture.Catalog, new MapRequest { Indicator = MapRows.Otrygg, Rows = MapRows.For(2019, MapRows.Districts2019) });
        using var separate = MapDrawing.CreatePlot(model, MapFixture.Map, 700, 560).Plot;
        using var together = MapDrawing.CreatePlot(model, MapFixture.Map, 700, 560).Plot;

        AssertSameFiles(separate, together, 700, 560);
    }

    /// <summary>Both plots are fresh and alike: <paramref name="separate"/> through Png then Svg (ScottPlot's order), <paramref name="together"/> through Both.</summary>
    private static void AssertSameFiles(Plot separate, Plot together, int width, int height)
    {
        var png = ChartImage.Png(separate, width, height);
        var svg = ChartImage.Svg(separate, width, height);

        var both = ChartImage.Both(together, width, height);

        Assert.Equal(png, both.Png);
        // Skia numbers the clip paths from a counter shared by the whole process: compare them by order of appearance.
        Assert.Equal(NumberClips(Encoding.UTF8.GetString(svg)), NumberClips(Encoding.UTF8.GetString(both.Svg)));
        Assert.Contains("<svg", Encoding.UTF8.GetString(both.Svg), StringComparison.Ordinal);
    }

    private static string NumberClips(string svg)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m => "cl_" + (numbers.TryGetValue(m.Value, out var n) ? n : numbers[m.Value] = numbers.Count));
    }

    [GeneratedRegex("cl_[0-9a-f]+")]
    private static partial Regex ClipId();

    [Fact]
    public void Png_HoldsThePixelsOfScottPlotsOwnPng_WhenTheChartIsAnIndicatorChart()
    {
        var model = ChartModelBuilder.Build(Some.Otrygg, Some.SpangaTenstaArea, Some.SpangaTenstaSeries(), Some.CitySeries());
        using var plot = IndicatorChart.CreatePlot(model);

        var reference = plot.GetImageBytes(IndicatorChart.Width, IndicatorChart.Height, ImageFormat.Png);
        var ours = ChartImage.Png(plot, IndicatorChart.Width, IndicatorChart.Height);

        using var expected = Decode(reference);
        using var actual = Decode(ours);
        Assert.Equal(expected.Width, actual.Width);
        Assert.Equal(expected.Height, actual.Height);
        Assert.True(expected.GetPixelSpan().SequenceEqual(actual.GetPixelSpan()), "the pixels differ from ScottPlot's PNG");
        Assert.True(ours.Length < reference.Length, $"expected a smaller file: {ours.Length} bytes against {reference.Length}");
    }

    [Fact]
    public void Png_KeepsTransparency_WhenTheBackgroundIsTransparent()
    {
        using var plot = new Plot();
        plot.Add.ScatterLine(new double[] { 1, 2, 3 }, new double[] { 3, 1, 2 });
        plot.FigureBackground.Color = Colors.Transparent;
        plot.DataBackground.Color = Colors.Transparent;

        using var image = Decode(ChartImage.Png(plot, 300, 200));

        Assert.Equal(0, image.GetPixel(1, 1).Alpha);
    }

    /// <summary>Decoded to one pixel layout (unpremultiplied RGBA), so the two files compare pixel by pixel.</summary>
    private static SKBitmap Decode(byte[] png)
    {
        using var decoded = SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a PNG");
        var bitmap = new SKBitmap(new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        Assert.True(decoded.CopyTo(bitmap, SKColorType.Rgba8888));
        return bitmap;
    }
}
