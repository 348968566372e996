namespace Samverkan.Analytics.Publishing.Charts;

/// <summary>
/// A series as drawn: runs of points joined by a line. A suppressed or missing row, or a series
/// break, ends a run, so the chart shows a gap there and never a zero.
/// </summary>
/// <param name="Segments">The runs, in period order.</param>
internal sealed record ChartSeries(IReadOnlyList<IReadOnlyList<ChartPoint>> Segments)
{
    /// <summary>All drawn points.</summary>
    public IEnumerable<ChartPoint> Points => Segments.SelectMany(s => s);

    /// <summary>The last drawn point, or null when nothing is drawn.</summary>
    public ChartPoint? Last => Segments.Count == 0 ? null : Segments[^1][^1];
}
