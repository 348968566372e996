using ScottPlot;

namespace Samverkan.Analytics.Publishing.Charts;

/// <summary>One chart to draw: where it goes (without extension), its size, and how to build it.</summary>
/// <param name="RelativePath">The path relative to the site, without extension; <c>.png</c> and <c>.svg</c> are written.</param>
/// <param name="Width">Pixels.</param>
/// <param name="Height">Pixels.</param>
/// <param name="Create">Builds the plot (called on a worker thread; the renderer disposes it).</param>
internal sealed record ChartFile(string RelativePath, int Width, int Height, Func<Plot> Create);
