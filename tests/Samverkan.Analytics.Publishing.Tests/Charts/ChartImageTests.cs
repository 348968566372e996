using Samverkan.Analytics.Publishing.Charts;
using Samverkan.Analytics.Publishing.Tests.Support;
using ScottPlot;
using SkiaSharp;

namespace Samverkan.Analytics.Publishing.Tests.Charts;

/// <summary>The faster PNG encoding draws exactly the pixels ScottPlot's own encoder writes.</summary>
public class ChartImageTests
{
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
