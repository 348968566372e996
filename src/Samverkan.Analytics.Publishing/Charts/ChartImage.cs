using System.Text;
using ScottPlot;
using SkiaSharp;

namespace Samverkan.Analytics.Publishing.Charts;

/// <summary>
/// A plot as PNG and SVG bytes. The PNG holds the same pixels as ScottPlot's own
/// <c>GetImageBytes(…, ImageFormat.Png)</c> (the same RGBA surface), but is encoded about four times
/// faster and a little smaller: an image without a single translucent pixel (every chart and map: the
/// background is white) is written as RGB, with one PNG row filter (Paeth) and zlib level 3 instead of
/// trying every filter at level 6. PNG encoding was over half the CPU of a site publish (docs/benchmarks.md).
/// </summary>
internal static class ChartImage
{
    private static readonly SKPngEncoderOptions PngOptions = new(SKPngEncoderFilterFlags.Paeth, zLibLevel: 3);

    /// <summary>The plot drawn at <paramref name="width"/> × <paramref name="height"/> pixels, as PNG.</summary>
    /// <exception cref="InvalidOperationException">Skia could not make a surface of that size.</exception>
    public static byte[] Png(Plot plot, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"Skia could not make a {width} × {height} drawing surface.");
        plot.Render(surface.Canvas, width, height);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var opaque = IsOpaque(pixels) ? pixels.WithAlphaType(SKAlphaType.Opaque) : null;
        using var data = (opaque ?? pixels).Encode(PngOptions)
            ?? throw new InvalidOperationException("Skia could not encode the chart as PNG.");
        return data.ToArray();
    }

    /// <summary>The plot as SVG (UTF-8 bytes).</summary>
    public static byte[] Svg(Plot plot, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return Encoding.UTF8.GetBytes(plot.GetSvgXml(width, height));
    }

    /// <summary>True when every pixel's alpha is 255 (RGBA: the fourth byte of each pixel).</summary>
    private static bool IsOpaque(SKPixmap pixels)
    {
        var bytes = pixels.GetPixelSpan();
        var rowBytes = pixels.RowBytes;
        var rowLength = pixels.Width * 4;
        for (var row = 0; row < pixels.Height; row++)
        {
            var line = bytes.Slice(row * rowBytes, rowLength);
            for (var i = 3; i < line.Length; i += 4)
            {
                if (line[i] != 255)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
