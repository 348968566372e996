using Samverkan.Analytics.Core.Observations;

namespace Samverkan.Analytics.Core.Imports;

/// <summary>One import in detail (<c>samverkan imports show ID</c>).</summary>
public sealed record ImportDetails
{
    /// <summary>The import record.</summary>
    public required ImportRecord Import { get; init; }

    /// <summary>What the reader detected: encoding, line breaks, separator, decimal mark.</summary>
    public string Detected { get; init; } = "";

    /// <summary>When the import was reverted, or null.</summary>
    public DateTimeOffset? RevertedAt { get; init; }

    /// <summary>Values whose key was new, in file order.</summary>
    public IReadOnlyList<Observation> Added { get; init; } = [];

    /// <summary>Values the import revised: the vintage it replaced and its own, in file order.</summary>
    public IReadOnlyList<ObservationRevision> Revised { get; init; } = [];

    /// <summary>Values the file held exactly as already stored (their lineage stays with the earlier import).</summary>
    public IReadOnlyList<Observation> Unchanged { get; init; } = [];
}
