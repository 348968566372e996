using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
        return Encode(surface);
    }

    /// <summary>The surface's pixels as PNG (RGB when opaque).</summary>
    private static byte[] Encode(SKSurface surface)
    {
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var opaque = IsOpaque(pixels) ? pixels.WithAlphaType(SKAlphaType.Opaque) : null;
        using var data = (opaque ?? pixels).Encode(PngOptions)
            ?? throw new InvalidOperationException("Skia could not encode the chart as PNG.");
        return data.ToArray();
    }

    /// <summary>
    /// The plot as PNG and SVG, the same bytes as <see cref="Png"/> followed by <see cref="Svg"/> give, for
    /// about two thirds of the CPU (docs/benchmarks.md, "Session 7: compute + publish"): ScottPlot's drawing
    /// is recorded once as a Skia picture and played back onto the pixel surface and onto the SVG canvas,
    /// and the SVG is written into native memory. Those two calls render the plot three times (the first
    /// render draws twice, see <see cref="Record"/>), draw pixels twice and write the SVG through a .NET
    /// stream that Skia calls back for every few bytes of XML.
    /// </summary>
    /// <exception cref="InvalidOperationException">Skia could not make a surface of that size, or encode it.</exception>
    public static (byte[] Png, byte[] Svg) Both(Plot plot, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        using var picture = Record(plot, width, height);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"Skia could not make a {width} × {height} drawing surface.");
        surface.Canvas.Clear(); // what ScottPlot's render does first on a pixel canvas (not on an SVG one)
        surface.Canvas.DrawPicture(picture);
        return (Encode(surface), SvgOf(picture, width, height));
    }

    /// <summary>
    /// ScottPlot's drawing of the plot as its SVG export does it: the canvas not cleared first, and after one
    /// render that settles the axes. ScottPlot renders again while a render changed the axis limits, and the
    /// first render of a plot always does: on a pixel canvas that is invisible (each pass clears the canvas),
    /// an SVG canvas would keep both passes. So the first render goes where nothing is drawn.
    /// </summary>
    private static SKPicture Record(Plot plot, int width, int height)
    {
        using (var nowhere = new SKNoDrawCanvas(width, height))
        {
            plot.Render(nowhere, width, height);
        }

        using var recorder = new SKPictureRecorder();
        var canvas = recorder.BeginRecording(new SKRect(0, 0, width, height));
        var clears = plot.RenderManager.ClearCanvasBeforeEachRender;
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        try
        {
            plot.Render(canvas, width, height);
        }
        finally
        {
            plot.RenderManager.ClearCanvasBeforeEachRender = clears;
        }

        return recorder.EndRecording();
    }

    /// <summary>
    /// What ScottPlot's <c>GetSvgXml</c> returns, as UTF-8: the whole document the SVG canvas writes when it
    /// closes. Written into native memory: a .NET stream is called back for every few bytes of XML.
    /// </summary>
    private static byte[] SvgOf(SKPicture picture, int width, int height)
    {
        using var stream = new SKDynamicMemoryWStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream))
        {
            canvas.DrawPicture(picture);
        }

        var bytes = new byte[checked((int)stream.BytesWritten)];
        stream.CopyTo(bytes);
        return bytes;
    }

    /// <summary>The plot as SVG (UTF-8 bytes).</summary>
    public static byte[] Svg(Plot plot, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return Encoding.UTF8.GetBytes(plot.GetSvgXml(width, height));
    }

    /// <summary>True when every pixel's alpha is 255 (RGBA: the fourth byte of each pixel), 8 pixels at a time.</summary>
    private static bool IsOpaque(SKPixmap pixels)
    {
        var bytes = pixels.GetPixelSpan();
        var rowBytes = pixels.RowBytes;
        var rowLength = pixels.Width * 4;
        var alpha = BitConverter.IsLittleEndian ? 0xFF000000u : 0x000000FFu;
        var alphas = Vector256.Create(alpha);
        for (var row = 0; row < pixels.Height; row++)
        {
            var line = MemoryMarshal.Cast<byte, uint>(bytes.Slice(row * rowBytes, rowLength));
            var i = 0;
            for (; i + Vector256<uint>.Count <= line.Length; i += Vector256<uint>.Count)
            {
                if (!Vector256.EqualsAll(Vector256.Create<uint>(line.Slice(i, Vector256<uint>.Count)) & alphas, alphas))
                {
                    return false;
                }
            }

            for (; i < line.Length; i++)
            {
                if ((line[i] & alpha) != alpha)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
