using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Samverkan.Analytics.Publishing.Site;

namespace Samverkan.Analytics.Publishing.Charts;

/// <summary>
/// Draws many charts in parallel, bounded (each worker builds and renders whole plots: ScottPlot
/// plots are not shared between threads), writing a PNG (email, PDF) and an SVG (web) for each.
/// </summary>
internal static class ChartRenderer
{
    /// <summary>The most charts drawn at once: the cores, at most four (drawing is CPU-bound and memory-hungry).</summary>
    public static int MaxParallelism { get; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>
    /// Renders every chart under <paramref name="root"/>, each SVG with its compressed copies
    /// (<see cref="CompressedCopies"/>, made by the worker that drew it from the bytes in hand).
    /// </summary>
    /// <returns>The files written (relative, <c>/</c>-separated, without the copies), in input order, and the number of copies.</returns>
    /// <exception cref="Exception">The first failure, rethrown as itself (not wrapped) after the other workers stop.</exception>
    public static (IReadOnlyList<string> Files, int Copies) RenderAll(string root, IReadOnlyList<ChartFile> charts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(charts);
        var written = new ConcurrentDictionary<int, string[]>();
        var copies = 0;
        try
        {
            Parallel.For(
                0,
                charts.Count,
                new ParallelOptions { MaxDegreeOfParallelism = MaxParallelism, CancellationToken = cancellationToken },
                i =>
                {
                    var chart = charts[i];
                    using var plot = chart.Create();
                    var png = chart.RelativePath + ".png";
                    var svg = chart.RelativePath + ".svg";
                    var (pngBytes, svgBytes) = ChartImage.Both(plot, chart.Width, chart.Height);
                    Write(root, png, pngBytes);
                    Write(root, svg, svgBytes);
                    Interlocked.Add(ref copies, CompressedCopies.WriteFor(Path.Combine(root, svg), svgBytes));
                    written[i] = [png, svg];
                });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return (Enumerable.Range(0, charts.Count).SelectMany(i => written[i]).ToList(), copies);
    }

    private static void Write(string root, string relative, byte[] bytes)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
