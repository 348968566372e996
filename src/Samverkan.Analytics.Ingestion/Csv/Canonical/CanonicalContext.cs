using Samverkan.Analytics.Ingestion.Csv.Areas;

namespace Samverkan.Analytics.Ingestion.Csv.Canonical;

using Catalog = Samverkan.Analytics.Core.Catalog.Catalog;

/// <summary>What the rows of one canonical file share while it is read.</summary>
internal sealed class CanonicalContext
{
    /// <summary>The file's hash, for lineage.</summary>
    public required string FileHash { get; init; }

    /// <summary>Where issues go.</summary>
    public required IssueList Issues { get; init; }

    /// <summary>The header.</summary>
    public required HeaderMap Map { get; init; }

    /// <summary>The kind's columns.</summary>
    public required KindSchema Schema { get; init; }

    /// <summary>The column separator.</summary>
    public required char Separator { get; init; }

    /// <summary>The decimal mark (<c>,</c> or <c>.</c>).</summary>
    public required char DecimalMark { get; init; }

    /// <summary>The catalogue.</summary>
    public required Catalog Catalog { get; init; }

    /// <summary>The caller's options.</summary>
    public required ReadOptions Options { get; init; }

    /// <summary>Area name resolution with its cache.</summary>
    public required AreaLookup Areas { get; init; }

    /// <summary>Survey shares (percent) read so far with where they are, to catch fractions given as percentages.</summary>
    public List<(double Percent, int Line, int Column, string Text)> Shares { get; } = [];
}
