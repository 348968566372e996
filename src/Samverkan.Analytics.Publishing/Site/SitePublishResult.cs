namespace Samverkan.Analytics.Publishing.Site;

/// <summary>What <see cref="SitePublisher"/> wrote.</summary>
/// <param name="OutputDirectory">The published site's folder (absolute).</param>
/// <param name="Files">Every file written, relative to <paramref name="OutputDirectory"/>, with <c>/</c> separators.</param>
/// <param name="ChartCount">The number of charts (each a PNG and an SVG).</param>
public sealed record SitePublishResult(string OutputDirectory, IReadOnlyList<string> Files, int ChartCount)
{
    /// <summary>The number of HTML pages written.</summary>
    public int PageCount { get; init; }

    /// <summary>The number of maps (each a PNG and an SVG; not counted in <see cref="ChartCount"/>).</summary>
    public int MapCount { get; init; }

    /// <summary>The number of pre-compressed copies written beside the files (<see cref="CompressedCopies"/>; not in <see cref="Files"/>).</summary>
    public int CompressedCopyCount { get; init; }

    /// <summary>The number of files written.</summary>
    public int FileCount => Files.Count;

    /// <summary>One line for a command's output: <c>Published 43 files (20 charts, 4 maps) to /data/site</c>.</summary>
    public override string ToString() => $"Published {FileCount} files ({ChartCount} charts, {MapCount} maps) to {OutputDirectory}";
}
