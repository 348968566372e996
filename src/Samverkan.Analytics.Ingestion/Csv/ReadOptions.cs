using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Ingestion.Csv.Checks;

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

    /// <summary>
    /// The stored populations, to check a publisher's rate column (BRÅ's <c>/100 000 inv</c>) against
    /// its count. <see cref="Importing.FileImporter"/> fills it from the store.
    /// </summary>
    /// <value>The default value is null (rates are not checked).</value>
    public PopulationTable? Populations { get; init; }

    /// <summary>Today, to refuse periods that have not begun yet.</summary>
    /// <value>The default value is null (no check against the calendar).</value>
    public DateOnly? Today { get; init; }

    /// <summary>
    /// The size of the pieces a long file is cut into at line breaks, so its rows are read on every core
    /// (<see cref="Streaming.TextChunks"/>): bytes on disk, characters in memory. The pieces depend on the
    /// file only (not on the machine), so a file always gives the same sums. Tests set it small.
    /// </summary>
    /// <value>The default value is 8 MiB.</value>
    internal int ChunkBytes { get; init; } = 8 << 20;
}
