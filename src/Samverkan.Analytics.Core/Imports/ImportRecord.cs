namespace Samverkan.Analytics.Core.Imports;

/// <summary>A stored import: one file, once.</summary>
public sealed record ImportRecord
{
    /// <summary>Database id.</summary>
    public required long Id { get; init; }

    /// <summary>File name as given.</summary>
    public required string FileName { get; init; }

    /// <summary>SHA-256 of the bytes.</summary>
    public required string FileHash { get; init; }

    /// <summary>The input kind.</summary>
    public required InputKind Kind { get; init; }

    /// <summary>The recognised format.</summary>
    public string Format { get; init; } = "canonical";

    /// <summary>When it was stored.</summary>
    public required DateTimeOffset ImportedAt { get; init; }

    /// <summary>Values added (new keys).</summary>
    public int Added { get; init; }

    /// <summary>Values revised (same key, other value: the old one is kept as history).</summary>
    public int Revised { get; init; }

    /// <summary>Values that were already stored as they are.</summary>
    public int Unchanged { get; init; }

    /// <summary>Number of warnings (rows left out).</summary>
    public int Warnings { get; init; }

    /// <summary>True when the import was reverted.</summary>
    public bool Reverted { get; init; }
}
