namespace Samverkan.Analytics.Core.Results;

/// <summary>One compute run: a reproducible set of results.</summary>
public sealed record ComputeRun
{
    /// <summary>Database id (0 before it is stored).</summary>
    public long Id { get; init; }

    /// <summary>When it ran.</summary>
    public required DateTimeOffset ComputedAt { get; init; }

    /// <summary>The catalogue version used.</summary>
    public required string CatalogVersion { get; init; }

    /// <summary>The newest import the run saw (its data vintage).</summary>
    public long? LatestImportId { get; init; }

    /// <summary>The number of result rows.</summary>
    public int RowCount { get; init; }
}
