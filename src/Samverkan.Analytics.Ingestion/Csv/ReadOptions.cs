using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Imports;

namespace Samverkan.Analytics.Ingestion.Csv;

/// <summary>What the caller tells a reader about a file (the command line's <c>--kind</c> and <c>--area-kind</c>).</summary>
public sealed record ReadOptions
{
    /// <summary>No kind, no area kind: both are taken from the file.</summary>
    public static ReadOptions Default { get; } = new();

    /// <summary>The file's kind; when null it is detected from the header.</summary>
    /// <value>The default value is null (detect).</value>
    public InputKind? Kind { get; init; }

    /// <summary>
    /// The kind of area that bare names mean, for names several kinds share (Järva the district and
    /// Järva the local police area). A file's <c>area_kind</c> column wins over it, row by row.
    /// </summary>
    /// <value>The default value is null (names must be unambiguous).</value>
    public AreaKind? AreaKind { get; init; }

    /// <summary>The most issues listed for one file; the rest are counted in one last line.</summary>
    /// <value>The default value is 1000.</value>
    public int MaxIssues { get; init; } = 1000;
}
